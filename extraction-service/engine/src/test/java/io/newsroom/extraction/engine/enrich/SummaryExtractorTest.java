package io.newsroom.extraction.engine.enrich;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummaryExtractorTest {

    @Test
    void leadSentenceFirstThenCentralOnesInReadingOrder() {
        List<String> summary = SampleArticles.summary(SampleArticles.HARBOUR);

        assertTrue(summary.size() >= 2 && summary.size() <= 3, summary.toString());
        assertEquals("A winter storm closed the Riverton harbour on Tuesday, stranding 1,200 passengers and forcing "
                + "the port authority to cancel 45 ferry crossings.", summary.get(0));
        int previous = -1;
        for (String sentence : summary) {
            int at = SampleArticles.HARBOUR.replaceAll("\\s+", " ").indexOf(sentence);
            assertTrue(at > previous, "in reading order: " + sentence);
            previous = at;
        }
    }

    @Test
    void headingsAndShortLinesAreNeverChosen() {
        List<String> summary = SampleArticles.summary(SampleArticles.HARBOUR);
        assertTrue(summary.stream().noneMatch(s -> s.startsWith("Storm closes")));
    }

    @Test
    void textWithoutRealSentencesHasNoSummary() {
        List<String> summary = SampleArticles.summary("Latest news\nSports\nWeather\n");
        assertTrue(summary.isEmpty());
    }
}
