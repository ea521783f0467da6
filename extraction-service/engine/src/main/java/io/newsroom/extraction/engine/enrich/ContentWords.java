package io.newsroom.extraction.engine.enrich;

import io.newsroom.extraction.engine.text.Lexicon;
import io.newsroom.extraction.engine.text.Token;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The words of an article that carry its subject (no function words, numbers or reporting verbs) and their counts. */
public final class ContentWords {

    /** The languages with a stop-word list, {@code stopwords-LANGUAGE.txt}: the keywords and summary read only them. */
    static final Set<String> LANGUAGES = Set.of("en", "de", "fr", "es");
    private static final Map<String, Set<String>> STOPWORDS = LANGUAGES.stream()
            .collect(Collectors.toUnmodifiableMap(l -> l, l -> Lexicon.words(ContentWords.class, "stopwords-" + l + ".txt")));

    private final Set<String> stopwords;

    /** Each distinct content word's number, in order of first occurrence, and the words and counts by number. */
    private final Map<String, Integer> ids;
    private final String[] byId;
    private final int[] counts;
    /** For each token of the article, the number of its content word or -1. */
    private final int[] idAt;
    private int max;

    /** The content words of {@code tokens} in {@code language}; English when it has no stop-word list. */
    public ContentWords(List<Token> tokens, String language) {
        stopwords = STOPWORDS.getOrDefault(language == null ? "en" : language, STOPWORDS.get("en"));
        idAt = new int[tokens.size()];
        ids = HashMap.newHashMap(Math.max(16, tokens.size() / 2));
        String[] words = new String[16];
        int[] wordCounts = new int[16];
        for (int i = 0; i < idAt.length; i++) {
            String word = normalized(tokens.get(i));
            if (word == null) {
                idAt[i] = -1;
                continue;
            }
            Integer known = ids.putIfAbsent(word, ids.size());
            int id = known == null ? ids.size() - 1 : known;
            if (id == words.length) {
                words = Arrays.copyOf(words, id * 2);
                wordCounts = Arrays.copyOf(wordCounts, id * 2);
            }
            words[id] = word;
            max = Math.max(max, ++wordCounts[id]);
            idAt[i] = id;
        }
        byId = words;
        counts = wordCounts;
    }

    /** The content word of the article's token at {@code index} (an index into the article's token list), or null. */
    String wordAt(int index) {
        int id = idAt[index];
        return id < 0 ? null : byId[id];
    }

    /** The number of the content word of the token at {@code index}, or -1: numbers run from 0 to {@link #size()}. */
    int idAt(int index) {
        return idAt[index];
    }

    /** How many distinct content words the article has. */
    int size() {
        return ids.size();
    }

    /** The content word numbered {@code id}. */
    String word(int id) {
        return byId[id];
    }

    /** The lower-cased word when the token is a content word, otherwise null; an elided article goes ("l'hiver"). */
    private String normalized(Token token) {
        String text = token.text();
        if (text.length() < 2 || !Character.isLetter(text.charAt(0))) {
            return null;
        }
        String word = text.indexOf('\u2019') < 0 ? token.key() : text.toLowerCase(Locale.ROOT);
        if (word.endsWith(".")) {
            return null;
        }
        int apostrophe = Math.max(word.indexOf('\''), word.indexOf('\u2019'));
        if (apostrophe > 0 && apostrophe <= 3 && apostrophe + 2 < word.length()
                && stopwords.contains(word.substring(0, apostrophe))) {
            word = word.substring(apostrophe + 1);
        }
        return stopwords.contains(word) || word.length() < 2 ? null : word;
    }

    int count(String word) {
        Integer id = ids.get(word);
        return id == null ? 0 : counts[id];
    }

    /** The word's count relative to the most frequent content word, in (0, 1]. */
    double weight(String word) {
        return max == 0 ? 0 : (double) count(word) / max;
    }

    /** {@link #weight(String)} of the word numbered {@code id}. */
    double weight(int id) {
        return max == 0 ? 0 : (double) counts[id] / max;
    }
}
