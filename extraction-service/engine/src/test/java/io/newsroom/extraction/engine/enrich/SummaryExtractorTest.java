package io.newsroom.extraction.engine.enrich;

import io.newsroom.extraction.engine.ArticleAnalysis;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummaryExtractorTest {

    @Test
    void leadSentenceFirstThenCentralOnesInReadingOrder() {
        ArticleAnalysis analysis = SampleArticles.analysed(SampleArticles.HARBOUR);
        new SummaryExtractor().apply(analysis);

        assertTrue(analysis.summary.size() >= 2 && analysis.summary.size() <= 3, analysis.summary.toString());
        assertEquals("A winter storm closed the Riverton harbour on Tuesday, stranding 1,200 passengers and forcing "
                + "the port authority to cancel 45 ferry crossings.", analysis.summary.get(0));
        int previous = -1;
        for (String sentence : analysis.summary) {
            int at = SampleArticles.HARBOUR.replaceAll("\\s+", " ").indexOf(sentence);
            assertTrue(at > previous, "in reading order: " + sentence);
            previous = at;
        }
    }

    @Test
    void headingsAndShortLinesAreNeverChosen() {
        ArticleAnalysis analysis = SampleArticles.analysed(SampleArticles.HARBOUR);
        new SummaryExtractor().apply(analysis);
        assertTrue(analysis.summary.stream().noneMatch(s -> s.startsWith("Storm closes")));
    }

    @Test
    void textWithoutRealSentencesHasNoSummary() {
        ArticleAnalysis analysis = SampleArticles.analysed("Latest news\nSports\nWeather\n");
        new SummaryExtractor().apply(analysis);
        assertTrue(analysis.summary.isEmpty());
    }
}
