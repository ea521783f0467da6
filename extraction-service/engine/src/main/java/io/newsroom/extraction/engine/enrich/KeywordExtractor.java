package io.newsroom.extraction.engine.enrich;

import io.newsroom.extraction.engine.text.Token;
import io.newsroom.extraction.engine.text.TokenizedText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        Map<String, double[]> scores = HashMap.newHashMap(tokens.size());
        List<String> run = new ArrayList<>();
        double position = 1.0;
        for (int i = 0; i <= tokens.size(); i++) {
            String word = i < tokens.size() ? words.wordAt(i) : null;
            boolean continues = word != null && !run.isEmpty() && tokens.get(i).sentence() == tokens.get(i - 1).sentence()
                    && tokens.get(i).start() - tokens.get(i - 1).end() <= 1;
            if (!continues) {
                scoreRun(run, words, position, scores);
                run.clear();
            }
            if (word != null) {
                position = article.sentences().get(tokens.get(i).sentence()).paragraph() < 3 ? 1.5 : 1.0;
                run.add(word);
            }
        }
        Candidate[] ranked = new Candidate[scores.size()];
        int n = 0;
        for (Map.Entry<String, double[]> entry : scores.entrySet()) {
            ranked[n++] = new Candidate(entry.getKey(), entry.getValue()[0]);
        }
        Arrays.sort(ranked);
        List<String> chosen = new ArrayList<>();
        for (Candidate candidate : ranked) {
            if (chosen.size() == LIMIT) {
                break;
            }
            if (overlapsChosen(candidate.phrase, chosen)) {
                continue;
            }
            chosen.add(candidate.phrase);
        }
        return chosen;
    }

    /** Highest score first, ties in alphabetical order. */
    private record Candidate(String phrase, double score) implements Comparable<Candidate> {
        @Override
        public int compareTo(Candidate other) {
            int byScore = Double.compare(other.score, score);
            return byScore != 0 ? byScore : phrase.compareTo(other.phrase);
        }
    }

    /** Adds every phrase of up to three words inside a run of content words. */
    private static void scoreRun(List<String> run, ContentWords words, double position, Map<String, double[]> scores) {
        StringBuilder phrase = new StringBuilder(64);
        for (int from = 0; from < run.size(); from++) {
            phrase.setLength(0);
            double weight = 0;
            for (int to = from; to < run.size() && to - from < MAX_PHRASE_WORDS; to++) {
                if (to > from) {
                    phrase.append(' ');
                }
                phrase.append(run.get(to));
                weight += words.weight(run.get(to));
                int length = to - from + 1;
                double score = position * weight / length * (1 + 0.6 * (length - 1));
                String key = phrase.toString();
                double[] sum = scores.get(key);
                if (sum == null) {
                    scores.put(key, new double[] {score});
                } else {
                    sum[0] += score;
                }
            }
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
