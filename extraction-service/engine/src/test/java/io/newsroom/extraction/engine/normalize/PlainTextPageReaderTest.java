package io.newsroom.extraction.engine.normalize;

import io.newsroom.extraction.engine.ArticleAnalysis;
import io.newsroom.extraction.engine.ExtractionRequest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainTextPageReaderTest {

    private static ArticleAnalysis normalize(String text, String published) {
        ArticleAnalysis analysis = new ArticleAnalysis(new ExtractionRequest("page.txt", text, "text/plain", published));
        new InputNormalizer().apply(analysis);
        return analysis;
    }

    @Test
    void readsTheHeaderOfAPageCopyAndStartsTheTextAtTheBody() {
        String page = "BUSINESS\u00A0/\u00A0MARKETS\r\n"
                + "Copper climbs to a two-year high\r\n"
                + "Supply worries in South America lift metal prices \u2018for now\u2019\r\n"
                + "Updated: 3 February 2024 16:45\r\n"
                + "Top stories\r\n\r\n"
                + "Top stories\r\n\r\n\r\n"
                + "Copper prices rose for a fourth day on Friday, traders said.\u00A0\r\n\r\n"
                + "Stocks at\u200B exchange warehouses fell to their lowest level since 2022.\r\n";

        ArticleAnalysis analysis = normalize(page, "2024-01-01");

        assertEquals("BUSINESS / MARKETS", analysis.metadata.section());
        assertEquals("Copper climbs to a two-year high", analysis.metadata.title());
        assertEquals("Supply worries in South America lift metal prices \u2018for now\u2019", analysis.metadata.subtitle());
        assertEquals("2024-02-03T16:45", analysis.metadata.published());
        assertEquals(List.of("Top stories"), analysis.boilerplate);
        assertEquals("Updated: 3 February 2024 16:45\n\n"
                + "Copper prices rose for a fourth day on Friday, traders said. \n\n"
                + "Stocks at exchange warehouses fell to their lowest level since 2022.\n", analysis.text);
    }

    @Test
    void readsABylineAndAPostedDatelineWithoutASectionLine() {
        String page = """
                Lake levels fall as dry summer drags on
                By Tomas Reyes
                Posted on Aug. 14, 2023 at 9:05 p.m.

                Water levels in the reservoir have dropped by three metres since June, officials said on Monday.
                """;

        ArticleAnalysis analysis = normalize(page, null);

        assertNull(analysis.metadata.section());
        assertEquals("Lake levels fall as dry summer drags on", analysis.metadata.title());
        assertEquals("Tomas Reyes", analysis.metadata.byline());
        assertEquals("2023-08-14T21:05", analysis.metadata.published());
        assertTrue(analysis.text.startsWith("Posted on Aug. 14, 2023 at 9:05 p.m.\n\nWater levels in the reservoir"),
                analysis.text);
    }

    @Test
    void aShortFirstLineAboveTitleAndSubtitleIsTheSection() {
        String page = """
                Science
                Glacier retreat doubles in a decade
                Satellite records show the ice loss speeding up in every mountain range surveyed
                By Ana Ruiz
                Updated 3:04 PM ET, Mon November 18, 2019

                Glaciers lost twice as much ice in the past ten years as in the decade before, researchers reported.
                """;

        ArticleAnalysis analysis = normalize(page, null);

        assertEquals("Science", analysis.metadata.section());
        assertEquals("Glacier retreat doubles in a decade", analysis.metadata.title());
        assertEquals("Satellite records show the ice loss speeding up in every mountain range surveyed",
                analysis.metadata.subtitle());
        assertEquals("Ana Ruiz", analysis.metadata.byline());
        assertEquals("2019-11-18T15:04", analysis.metadata.published());
        assertTrue(analysis.text.startsWith("Updated 3:04 PM ET, Mon November 18, 2019\n\nGlaciers lost twice"), analysis.text);
    }

    @Test
    void aShortLabelAboveTheTitleIsTheSectionEvenWithoutASubtitle() {
        String page = """
                Opinion
                Why Riverton needs a second bridge
                Published: 4 March 2024

                Every morning the queue at the old bridge reaches the ring road, writes Mayor Lena Ortiz.
                """;

        ArticleAnalysis analysis = normalize(page, null);

        assertEquals("Opinion", analysis.metadata.section());
        assertEquals("Why Riverton needs a second bridge", analysis.metadata.title());
        assertNull(analysis.metadata.subtitle());
    }

    @Test
    void aHeadlineAboveItsStandfirstIsNotTakenForASection() {
        String page = """
                Floods close Kelso roads
                Rain is forecast to continue until Thursday
                Published: 4 March 2024

                Three roads into Kelso were closed on Monday after the river burst its banks, police said.
                """;

        ArticleAnalysis analysis = normalize(page, null);

        assertNull(analysis.metadata.section());
        assertEquals("Floods close Kelso roads", analysis.metadata.title());
        assertEquals("Rain is forecast to continue until Thursday", analysis.metadata.subtitle());
    }

    @Test
    void aShortWireDatelineOpeningTheBodyIsNotChrome() {
        String page = "Dockers end strike\nPublished: 12 June 2023\nMost read\n\nROTTERDAM (Reuters) -\n\n"
                + "Dock workers returned to work on Monday after a pay deal, their union said.\n";

        ArticleAnalysis analysis = normalize(page, null);

        assertEquals(List.of("Most read"), analysis.boilerplate);
        assertTrue(analysis.text.startsWith("Published: 12 June 2023\n\nROTTERDAM (Reuters) -"), analysis.text);
    }

    @Test
    void bodyOnlyTextPassesThroughWithEveryLine() {
        String conllLike = """
                ROWING - LOCAL CREW WINS HOME REGATTA .
                OXFORD 1997-05-04
                A crew from the home club won the eights on Sunday .
                Second place went to the visitors from Cambridge .
                """;

        ArticleAnalysis analysis = normalize(conllLike, null);

        assertEquals(conllLike, analysis.text);
        assertNull(analysis.metadata.title());
        assertTrue(analysis.boilerplate.isEmpty());
        assertEquals("1997-05-04", analysis.metadata.published());
        assertEquals("1997-05-06", normalize(conllLike, "1997-05-06").metadata.published());
    }

    @Test
    void titleLineOfWireCopyStaysAndTheRequestDateIsUsed() {
        String wire = "Ferry strike ends after three days\n\nHELSINKI (AP) _\n\nFerry crews returned to work on Thursday.";

        ArticleAnalysis analysis = normalize(wire, "1998-02-12");

        assertEquals(wire, analysis.text);
        assertEquals("1998-02-12", analysis.metadata.published());
    }

    @Test
    void documentDatelineWinsOverTheRequestHint() {
        String page = "Title of a short note\nPublished: 2021-07-30 08:15\n\nThe note itself is one sentence long.";

        assertEquals("2021-07-30T08:15", normalize(page, "2021-08-02").metadata.published());
    }

    @Test
    void aDatelineFarBelowTheTopIsBodyText() {
        StringBuilder text = new StringBuilder();
        for (int line = 0; line < 12; line++) {
            text.append("Sentence number ").append(line).append(" of the story goes here.\n");
        }
        text.append("Published: May 3, 2020\nMore text follows.\n");

        assertEquals(text.toString(), normalize(text.toString(), null).text);
    }
}
