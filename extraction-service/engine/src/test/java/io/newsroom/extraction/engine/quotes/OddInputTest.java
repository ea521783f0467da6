package io.newsroom.extraction.engine.quotes;

import io.newsroom.extraction.engine.model.Quote;
import io.newsroom.extraction.engine.text.TokenizedText;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quote stage never throws and every quote is the slice of the text its offsets give, whatever the marks look like. */
class OddInputTest {

    private static final String[] PIECES = {
            "\"", "\u201C", "\u201D", "\u2018", "\u2019", "''", "``", "\u00AB", "\u00BB", "\u201E", "\u00AB ", " \u00BB",
            "\n", "\n\n", " ", ",", ".", "?", ":", " \u2014 ", "(", ")", " \u2026 ", "...", "-",
            "We will rebuild", " the mayor said", " said Mayor Lena Ortiz", " she added", "according to the report",
            " he told reporters that", "Ortiz", " it is", "the city's", "Riverton", "2024", " and ", "'s", " a "
    };

    private static List<Quote> quotes(String text) {
        return new QuoteAttributor().attribute(TokenizedText.of(text), List.of());
    }

    private static void assertSane(String text) {
        List<Quote> quotes = assertDoesNotThrow(() -> quotes(text), () -> "threw on " + text);
        for (Quote quote : quotes) {
            assertTrue(0 <= quote.start() && quote.start() < quote.end() && quote.end() <= text.length(),
                    () -> quote + " out of " + text);
            assertEquals(text.substring(quote.start(), quote.end()), quote.text());
        }
    }

    @Test
    void singleMarkLeftOpenAtALineEndDoesNotCloseOnTheNextLine() {
        String text = "Officials of Riverton called it a \u2018plan\nfor May\u2019 at the time. \"We will rebuild,\" she added.";
        List<Quote> quotes = assertDoesNotThrow(() -> quotes(text));
        assertEquals("We will rebuild", quotes.get(quotes.size() - 1).text());
    }

    @Test
    void marksAtTheEdgesAndEmptyQuotes() {
        for (String text : List.of("\"", "\"\"", "\u201C\u201D", "\u2018", "\u2018\u2019", "''", "\u00AB\u00BB", "\"\n\"",
                "\u201C\n\n\u201C", "\"We will rebuild,\" the mayor said, \"", "said, \"", "\u201D \u2026", "\"\" he said.",
                "\u2018 \u2019 \u2018", "He said: \u201C", "\u00AB \u00BB, dit-il.")) {
            assertSane(text);
        }
    }

    @Test
    void randomMixesOfMarksAndWords() {
        Random random = new Random(20261203);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(30);
            for (int k = 0; k < pieces; k++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertSane(text.toString());
        }
    }
}
