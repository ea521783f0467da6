package io.newsroom.extraction.engine.enrich;

import io.newsroom.extraction.engine.text.Token;
import io.newsroom.extraction.engine.text.TokenizedText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Picks the words and phrases that say what the article is about: runs of up to three content words between
 * function words and punctuation, scored by how often the phrase and its words occur, longer phrases and phrases of
 * the first paragraphs favoured. Lower case; a phrase that repeats a better one is left out.
 */
public final class KeywordExtractor {

    static final int LIMIT = 10;
    /** The languages whose function words are known: the keywords and the summary are made only for them. */
    public static final Set<String> LANGUAGES = ContentWords.LANGUAGES;
    private static final int MAX_PHRASE_WORDS = 3;

    /** Up to ten phrases of the article's content words ({@code words}, counted over its tokens), best first. */
    public List<String> keywords(TokenizedText article, ContentWords words) {
        List<Token> tokens = article.tokens();
        PhraseScores scores = new PhraseScores(tokens.size());
        int[] run = new int[MAX_PHRASE_WORDS];
        int runLength = 0;
        double position = 1.0;
        for (int i = 0; i <= tokens.size(); i++) {
            int word = i < tokens.size() ? words.idAt(i) : -1;
            boolean continues = word >= 0 && runLength > 0 && tokens.get(i).sentence() == tokens.get(i - 1).sentence()
                    && tokens.get(i).start() - tokens.get(i - 1).end() <= 1;
            if (!continues) {
                runLength = 0;
            }
            if (word >= 0) {
                position = article.sentences().get(tokens.get(i).sentence()).paragraph() < 3 ? 1.5 : 1.0;
                if (runLength == MAX_PHRASE_WORDS) {
                    System.arraycopy(run, 1, run, 0, MAX_PHRASE_WORDS - 1);
                    runLength--;
                }
                run[runLength++] = word;
                scoreEndingAt(run, runLength, words, position, scores);
            }
        }
        return choose(scores, words);
    }

    /**
     * Adds every phrase of the run that ends with its last word. A run is scored word by word as it grows, each
     * phrase when its last word arrives: the same sums, in the same order for each phrase, as scoring the whole run.
     */
    private static void scoreEndingAt(int[] run, int runLength, ContentWords words, double position,
                                      PhraseScores scores) {
        for (int from = 0; from < runLength; from++) {
            double weight = 0;
            int phrase = PhraseScores.NONE;
            for (int to = from; to < runLength; to++) {
                weight += words.weight(run[to]);
                phrase = scores.phrase(phrase, run[to]);
            }
            int length = runLength - from;
            scores.add(phrase, position * weight / length * (1 + 0.6 * (length - 1)));
        }
    }

    /**
     * The best phrases, highest score first and ties in alphabetical order, leaving out those that repeat a better
     * one; a phrase's text is spelled only when the ranking reaches its score.
     */
    private static List<String> choose(PhraseScores scores, ContentWords words) {
        Integer[] order = new Integer[scores.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores.score(b), scores.score(a)));
        List<String> chosen = new ArrayList<>();
        List<String> tied = new ArrayList<>();
        for (int from = 0; from < order.length && chosen.size() < LIMIT; ) {
            int to = from + 1;
            while (to < order.length && Double.compare(scores.score(order[to]), scores.score(order[from])) == 0) {
                to++;
            }
            tied.clear();
            for (int k = from; k < to; k++) {
                tied.add(scores.text(order[k], words));
            }
            tied.sort(null);
            for (String phrase : tied) {
                if (chosen.size() == LIMIT) {
                    break;
                }
                if (!overlapsChosen(phrase, chosen)) {
                    chosen.add(phrase);
                }
            }
            from = to;
        }
        return chosen;
    }

    /**
     * The score of each phrase, a phrase being its words but the last (a phrase itself, or {@link #NONE}) and its last
     * word's number ({@link ContentWords#idAt}): an open hash table over the two, so that a phrase seen again costs
     * no string and no boxed key.
     */
    private static final class PhraseScores {

        static final int NONE = -1;

        /** Per slot, the key (0 for an empty slot) and the phrase it holds. */
        private long[] slots;
        private int[] phraseOf;
        private int[] prefixes;
        private int[] lastWords;
        private double[] sums;
        private int size;

        PhraseScores(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected * 2)) << 1;
            slots = new long[capacity];
            phraseOf = new int[capacity];
            prefixes = new int[capacity / 2];
            lastWords = new int[capacity / 2];
            sums = new double[capacity / 2];
        }

        /** The phrase {@code prefix} followed by the word numbered {@code word}, made with a score of 0 if new. */
        int phrase(int prefix, int word) {
            long key = (long) (prefix + 2) << 32 | word;
            int mask = slots.length - 1;
            int slot = hash(key) & mask;
            while (slots[slot] != 0) {
                if (slots[slot] == key) {
                    return phraseOf[slot];
                }
                slot = (slot + 1) & mask;
            }
            int phrase = size++;
            slots[slot] = key;
            phraseOf[slot] = phrase;
            prefixes[phrase] = prefix;
            lastWords[phrase] = word;
            if (size * 2 >= slots.length) {
                grow();
            }
            return phrase;
        }

        void add(int phrase, double score) {
            sums[phrase] += score;
        }

        private void grow() {
            long[] oldSlots = slots;
            int[] oldPhrases = phraseOf;
            slots = new long[oldSlots.length * 2];
            phraseOf = new int[oldSlots.length * 2];
            prefixes = Arrays.copyOf(prefixes, oldSlots.length);
            lastWords = Arrays.copyOf(lastWords, oldSlots.length);
            sums = Arrays.copyOf(sums, oldSlots.length);
            int mask = slots.length - 1;
            for (int s = 0; s < oldSlots.length; s++) {
                if (oldSlots[s] != 0) {
                    int slot = hash(oldSlots[s]) & mask;
                    while (slots[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    slots[slot] = oldSlots[s];
                    phraseOf[slot] = oldPhrases[s];
                }
            }
        }

        private static int hash(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ h >>> 32);
        }

        int size() {
            return size;
        }

        double score(int phrase) {
            return sums[phrase];
        }

        /** The phrase's words joined by single spaces. */
        String text(int phrase, ContentWords words) {
            return prefixes[phrase] == NONE ? words.word(lastWords[phrase])
                    : text(prefixes[phrase], words) + " " + words.word(lastWords[phrase]);
        }
    }

    /** True when the candidate repeats a chosen keyword: same words, or one inside the other. */
    private static boolean overlapsChosen(String candidate, List<String> chosen) {
        for (String keyword : chosen) {
            if ((" " + keyword + " ").contains(" " + candidate + " ")
                    || (" " + candidate + " ").contains(" " + keyword + " ")
                    || stem(candidate).equals(stem(keyword))) {
                return true;
            }
        }
        return false;
    }

    private static String stem(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        return lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
