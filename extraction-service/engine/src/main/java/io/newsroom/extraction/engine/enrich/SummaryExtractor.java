package io.newsroom.extraction.engine.enrich;

import io.newsroom.extraction.engine.model.ArticleMetadata;
import io.newsroom.extraction.engine.model.Sentence;
import io.newsroom.extraction.engine.text.Token;
import io.newsroom.extraction.engine.text.TokenizedText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Picks the two or three sentences that best summarise the article: news puts the essentials first, so the lead
 * sentence is favoured, then sentences dense in the article's most frequent content words. Headings, datelines and
 * fragments are not candidates; the chosen sentences come back in reading order.
 */
public final class SummaryExtractor {

    private static final int MIN_WORDS = 8;
    private static final int MAX_WORDS = 60;
    /** Beyond this many sentences an article gets three summary sentences instead of two. */
    private static final int LONG_ARTICLE = 12;

    /**
     * The summary sentences of the article in reading order, its whitespace runs made single spaces; the title,
     * subtitle and removed {@code boilerplate} lines are never chosen.
     */
    public List<String> summary(TokenizedText article, ContentWords words, ArticleMetadata metadata,
                                List<String> boilerplate) {
        String text = article.text();
        List<Candidate> candidates = new ArrayList<>();
        // the sentence in which each content word was last counted, so that a sentence counts a word once
        int[] countedIn = new int[words.size()];
        Arrays.fill(countedIn, -1);
        for (Sentence sentence : article.sentences()) {
            List<Token> tokens = article.tokensOf(sentence);
            int first = article.firstTokenOf(sentence);
            int wordCount = 0;
            double weight = 0;
            for (int t = 0; t < tokens.size(); t++) {
                if (tokens.get(t).isWord()) {
                    wordCount++;
                }
                int word = words.idAt(first + t);
                if (word >= 0 && countedIn[word] != sentence.index()) {
                    countedIn[word] = sentence.index();
                    weight += words.weight(word);
                }
            }
            if (wordCount < MIN_WORDS || wordCount > MAX_WORDS || !endsLikeASentence(text, sentence)
                    || isMetadataLine(metadata, boilerplate, sentence.of(text))) {
                continue;
            }
            double centrality = weight / Math.sqrt(wordCount);
            double position = 1.0 + 1.0 / (1 + candidates.size());
            candidates.add(new Candidate(sentence, centrality * position));
        }
        int wanted = article.sentences().size() > LONG_ARTICLE ? 3 : 2;
        return candidates.stream()
                .sorted(Comparator.comparingDouble(Candidate::score).reversed())
                .limit(wanted)
                .sorted(Comparator.comparingInt(c -> c.sentence().start()))
                .map(c -> c.sentence().of(text).replaceAll("\\s+", " "))
                .toList();
    }

    private static boolean endsLikeASentence(String text, Sentence sentence) {
        for (int i = sentence.end() - 1; i >= sentence.start(); i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                return true;
            }
            if (c != '"' && c != '\u201D' && c != '\'' && c != '\u2019' && c != ')') {
                return false;
            }
        }
        return false;
    }

    private static boolean isMetadataLine(ArticleMetadata metadata, List<String> boilerplate, String sentence) {
        return sentence.equals(metadata.title()) || sentence.equals(metadata.subtitle()) || boilerplate.contains(sentence);
    }

    private record Candidate(Sentence sentence, double score) {
    }
}
