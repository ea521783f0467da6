package io.newsroom.extraction.engine.enrich;

import io.newsroom.extraction.engine.model.ArticleMetadata;
import io.newsroom.extraction.engine.text.CharSliceMap;
import io.newsroom.extraction.engine.text.Lexicon;
import io.newsroom.extraction.engine.text.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Identifies the language of the cleaned text (ISO 639-1) from its script, its function words and its letter
 * trigrams (profiles in {@code language-profiles.txt}). Leaves the metadata as it was when the text is too short
 * or too mixed to tell, or when too few of its words are function words of the language that scores best.
 */
public final class LanguageIdentifier {

    private static final String PROFILES = "language-profiles.txt";
    /** Enough words to tell a language; reading more would only cost time. */
    private static final int MAX_WORDS = 400;
    /** Trigrams matter for short texts only; past this many words function words decide alone. */
    private static final int TRIGRAM_WORDS = 100;
    private static final double TRIGRAM_WEIGHT = 0.2;
    private static final double MIN_SCORE = 2.0;
    private static final double MIN_MARGIN = 1.25;
    /** From this many words on, the winner's function words must make this share of them. */
    private static final int MIN_SHARE_WORDS = 20;
    private static final double MIN_FUNCTION_WORD_SHARE = 0.12;

    private final List<String> languages;
    /** For each function word or trigram, the weight it gives each language, shared among the languages that use it. */
    private final Map<String, double[]> wordEvidence = new HashMap<>();
    private final Map<String, double[]> trigramEvidence = new HashMap<>();
    /** The two maps above, read with a slice: no string per trigram or word. */
    private final CharSliceMap<double[]> wordIndex;
    private final CharSliceMap<double[]> trigramIndex;

    public LanguageIdentifier() {
        Map<String, Map<String, List<String>>> profiles = new LinkedHashMap<>();
        for (String line : Lexicon.lines(LanguageIdentifier.class, PROFILES)) {
            String[] parts = line.split("\\s+");
            Map<String, List<String>> kinds = profiles.computeIfAbsent(parts[0], k -> new HashMap<>());
            kinds.computeIfAbsent(parts[1], k -> new ArrayList<>()).addAll(List.of(parts).subList(2, parts.length));
        }
        languages = List.copyOf(profiles.keySet());
        for (int l = 0; l < languages.size(); l++) {
            Map<String, List<String>> kinds = profiles.get(languages.get(l));
            addEvidence(wordEvidence, kinds.getOrDefault("words", List.of()), l);
            addEvidence(trigramEvidence, kinds.getOrDefault("trigrams", List.of()), l);
        }
        shareOut(wordEvidence);
        shareOut(trigramEvidence);
        wordIndex = new CharSliceMap<>(wordEvidence);
        trigramIndex = new CharSliceMap<>(trigramEvidence);
    }

    private void addEvidence(Map<String, double[]> evidence, List<String> items, int language) {
        for (String item : items) {
            evidence.computeIfAbsent(item.replace('_', ' '), k -> new double[languages.size()])[language] = 1;
        }
    }

    private static void shareOut(Map<String, double[]> evidence) {
        for (double[] weights : evidence.values()) {
            double users = 0;
            for (double w : weights) {
                users += w;
            }
            for (int i = 0; i < weights.length; i++) {
                weights[i] /= users;
            }
        }
    }

    /** The metadata with the language these tokens are written in; the declared one when it cannot be told. */
    public ArticleMetadata identified(ArticleMetadata declared, List<Token> tokens) {
        String language = identify(tokens);
        return language == null ? declared : declared.withLanguage(language);
    }

    /** The language of these tokens, or null when it cannot be told with confidence. */
    public String identify(List<Token> tokens) {
        String script = dominantNonLatinScript(tokens);
        if (script != null) {
            return script;
        }
        double[] scores = new double[languages.size()];
        int[] functionWords = new int[languages.size()];
        int words = 0;
        StringBuilder padded = new StringBuilder(32);
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            if (!token.isWord() || Character.isDigit(token.text().charAt(0)) || isPartOfName(tokens, t)) {
                continue;
            }
            String word = token.lowerCase();
            double[] evidence = wordIndex.get(word, 0, word.length());
            add(scores, evidence, 1);
            if (evidence != null) {
                for (int l = 0; l < functionWords.length; l++) {
                    functionWords[l] += evidence[l] > 0 ? 1 : 0;
                }
            }
            if (words < TRIGRAM_WORDS) {
                padded.setLength(0);
                padded.append(' ').append(word).append(' ');
                for (int i = 0; i + 3 <= padded.length(); i++) {
                    add(scores, trigramIndex.get(padded, i, i + 3), TRIGRAM_WEIGHT);
                }
            }
            if (++words == MAX_WORDS) {
                break;
            }
        }
        int best = -1;
        int second = -1;
        for (int l = 0; l < scores.length; l++) {
            if (best < 0 || scores[l] > scores[best]) {
                second = best;
                best = l;
            } else if (second < 0 || scores[l] > scores[second]) {
                second = l;
            }
        }
        if (best < 0 || scores[best] < MIN_SCORE || second >= 0 && scores[best] < MIN_MARGIN * scores[second]) {
            return null;
        }
        // prose in any language is dense in function words; a text with few of the winner's is a list or another language
        if (words >= MIN_SHARE_WORDS && functionWords[best] < MIN_FUNCTION_WORD_SHARE * words) {
            return null;
        }
        return languages.get(best);
    }

    /**
     * Names travel between languages ("De Vaart", "Sporting da Costa"), so they are no evidence: a capitalised word
     * inside a sentence, or a particle between two capitalised words.
     */
    private static boolean isPartOfName(List<Token> tokens, int t) {
        Token token = tokens.get(t);
        boolean opensSentence = t == 0 || tokens.get(t - 1).sentence() != token.sentence();
        if (token.isCapitalized()) {
            return !opensSentence;
        }
        return !opensSentence && t + 1 < tokens.size() && tokens.get(t - 1).isCapitalized()
                && tokens.get(t + 1).isCapitalized() && tokens.get(t + 1).sentence() == token.sentence();
    }

    private static void add(double[] scores, double[] evidence, double weight) {
        if (evidence != null) {
            for (int l = 0; l < scores.length; l++) {
                scores[l] += weight * evidence[l];
            }
        }
    }

    /** Scripts used by one language family; Cyrillic is left to the profiles (Russian or Ukrainian). */
    private static String dominantNonLatinScript(List<Token> tokens) {
        int latin = 0;
        int cyrillic = 0;
        int other = 0;
        Map<String, Integer> byLanguage = new HashMap<>();
        int seen = 0;
        for (Token token : tokens) {
            if (seen >= 20_000) {
                break;
            }
            String text = token.text();
            for (int i = 0; i < text.length(); i++, seen++) {
                char c = text.charAt(i);
                if (c < 0x250) {
                    latin += Character.isLetter(c) ? 1 : 0;
                    continue;
                }
                if (!Character.isLetter(c)) {
                    continue;
                }
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                switch (script) {
                    case LATIN -> latin++;
                    case CYRILLIC -> cyrillic++;
                    default -> {
                        String language = languageOfScript(script);
                        if (language != null) {
                            other++;
                            byLanguage.merge(language, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        if (other > latin + cyrillic) {
            Integer kana = byLanguage.get("ja");
            if (kana != null && kana * 10 > other) {
                return "ja";
            }
            return byLanguage.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        }
        return null;
    }

    private static String languageOfScript(Character.UnicodeScript script) {
        return switch (script) {
            case HAN -> "zh";
            case HIRAGANA, KATAKANA -> "ja";
            case HANGUL -> "ko";
            case ARABIC -> "ar";
            case GREEK -> "el";
            case HEBREW -> "he";
            case DEVANAGARI -> "hi";
            case THAI -> "th";
            default -> null;
        };
    }
}
