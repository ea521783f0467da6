package io.newsroom.extraction.engine.enrich;

import io.newsroom.extraction.engine.text.Lexicon;
import io.newsroom.extraction.engine.text.Token;

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

    private final Map<String, Integer> counts;
    /** For each token of the article, its content word or null. */
    private final String[] words;
    private int max;

    /** The content words of {@code tokens} in {@code language}; English when it has no stop-word list. */
    public ContentWords(List<Token> tokens, String language) {
        stopwords = STOPWORDS.getOrDefault(language == null ? "en" : language, STOPWORDS.get("en"));
        words = new String[tokens.size()];
        counts = HashMap.newHashMap(Math.max(16, tokens.size() / 2));
        for (int i = 0; i < words.length; i++) {
            String word = normalized(tokens.get(i));
            words[i] = word;
            if (word != null) {
                int count = counts.merge(word, 1, Integer::sum);
                max = Math.max(max, count);
            }
        }
    }

    /** The content word of the article's token at {@code index} (an index into the article's token list), or null. */
    String wordAt(int index) {
        return words[index];
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
        return counts.getOrDefault(word, 0);
    }

    /** The word's count relative to the most frequent content word, in (0, 1]. */
    double weight(String word) {
        return max == 0 ? 0 : (double) count(word) / max;
    }
}
