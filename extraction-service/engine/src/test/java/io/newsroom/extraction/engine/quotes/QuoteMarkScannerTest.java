package io.newsroom.extraction.engine.quotes;

import io.newsroom.extraction.engine.quotes.QuoteMarkScanner.QuotedSpan;
import io.newsroom.extraction.engine.text.TokenizedText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteMarkScannerTest {

    private static List<String> quoted(String text) {
        return QuoteMarkScanner.scan(TokenizedText.of(text)).stream().map(span -> text.substring(span.contentStart(), span.contentEnd())).toList();
    }

    @Test
    void germanLowHighMarks() {
        assertEquals(List.of("Wir bauen die Br\u00FCcke neu"), quoted("\u201EWir bauen die Br\u00FCcke neu\u201C, sagte die B\u00FCrgermeisterin."));
        assertEquals(List.of("Wir bauen neu"), quoted("Sie sagte: \u201EWir bauen neu\u201D."));
    }

    @Test
    void germanReversedGuillemets() {
        assertEquals(List.of("Wir bauen neu", "und zwar bald"),
                quoted("\u00BBWir bauen neu\u00AB, sagte Lena Ortiz, \u00BBund zwar bald\u00AB."));
    }

    @Test
    void frenchAndSpanishGuillemetsWithAndWithoutInnerSpaces() {
        assertEquals(List.of("Nous reconstruirons"), quoted("\u00AB Nous reconstruirons \u00BB, a dit la maire."));
        assertEquals(List.of("Nous reconstruirons"), quoted("\u00AB\u00A0Nous reconstruirons\u00A0\u00BB, a dit la maire."));
        assertEquals(List.of("Vamos a reconstruir"), quoted("\u00ABVamos a reconstruir\u00BB, dijo la alcaldesa."));
    }

    @Test
    void marksOfAnotherKindInsideAreAQuotationWithin() {
        String text = "\u00AB Il a dit \u201Cnon\u201D au maire \u00BB, raconte-t-elle.";
        List<QuotedSpan> spans = QuoteMarkScanner.scan(TokenizedText.of(text));
        assertEquals(1, spans.size());
        assertTrue(spans.get(0).closed());
        assertEquals("Il a dit \u201Cnon\u201D au maire", text.substring(spans.get(0).contentStart(), spans.get(0).contentEnd()).strip());
    }

    @Test
    void englishCurlyMarksStillPair() {
        assertEquals(List.of("We will rebuild,", "and soon."), quoted("\u201CWe will rebuild,\u201D she said, \u201Cand soon.\u201D"));
    }
}
