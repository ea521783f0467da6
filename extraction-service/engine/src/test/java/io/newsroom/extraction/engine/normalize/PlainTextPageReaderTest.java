package io.newsroom.extraction.engine.normalize;

import io.newsroom.extraction.engine.ExtractionRequest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainTextPageReaderTest {

    private static NormalizedArticle normalize(String text, String published) {
        NormalizedArticle article = new InputNormalizer().normalize(new ExtractionRequest("page.txt", text, "text/plain", published));
        return article;
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

        NormalizedArticle article = normalize(page, "2024-01-01");

        assertEquals("BUSINESS / MARKETS", article.metadata().section());
        assertEquals("Copper climbs to a two-year high", article.metadata().title());
        assertEquals("Supply worries in South America lift metal prices \u2018for now\u2019", article.metadata().subtitle());
        assertEquals("2024-02-03T16:45", article.metadata().published());
        assertEquals(List.of("Top stories"), article.boilerplate());
        assertEquals("Updated: 3 February 2024 16:45\n\n"
                + "Copper prices rose for a fourth day on Friday, traders said. \n\n"
                + "Stocks at exchange warehouses fell to their lowest level since 2022.\n", article.text());
    }

    @Test
    void readsABylineAndAPostedDatelineWithoutASectionLine() {
        String page = """
                Lake levels fall as dry summer drags on
                By Tomas Reyes
                Posted on Aug. 14, 2023 at 9:05 p.m.

                Water levels in the reservoir have dropped by three metres since June, officials said on Monday.
                """;

        NormalizedArticle article = normalize(page, null);

        assertNull(article.metadata().section());
        assertEquals("Lake levels fall as dry summer drags on", article.metadata().title());
        assertEquals("Tomas Reyes", article.metadata().byline());
        assertEquals("2023-08-14T21:05", article.metadata().published());
        assertTrue(article.text().startsWith("Posted on Aug. 14, 2023 at 9:05 p.m.\n\nWater levels in the reservoir"),
                article.text());
    }

    @Test
    void aBylineAndADatelineOnOneLineAreBothRead() {
        String page = """
                Rail strike ends after four days of talks
                By Jonas Weber | Published Tuesday, June 3, 2025 18:40

                Trains will run again on Wednesday morning, the operator said after the union accepted the offer.
                """;

        NormalizedArticle article = normalize(page, null);

        assertEquals("Rail strike ends after four days of talks", article.metadata().title());
        assertNull(article.metadata().subtitle());
        assertEquals("Jonas Weber", article.metadata().byline());
        assertEquals("2025-06-03T18:40", article.metadata().published());
        assertTrue(article.text().startsWith("Published Tuesday, June 3, 2025 18:40\n\nTrains will run again"),
                article.text());
    }

    @Test
    void aLineOfPartsWithoutALabelledDateIsNoDateline() {
        String page = """
                Markets | World | Opinion
                Shares rose on Monday as investors weighed the central bank's words.
                """;

        NormalizedArticle article = normalize(page, null);

        assertNull(article.metadata().title());
        assertEquals(page, article.text());
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

        NormalizedArticle article = normalize(page, null);

        assertEquals("Science", article.metadata().section());
        assertEquals("Glacier retreat doubles in a decade", article.metadata().title());
        assertEquals("Satellite records show the ice loss speeding up in every mountain range surveyed",
                article.metadata().subtitle());
        assertEquals("Ana Ruiz", article.metadata().byline());
        assertEquals("2019-11-18T15:04", article.metadata().published());
        assertTrue(article.text().startsWith("Updated 3:04 PM ET, Mon November 18, 2019\n\nGlaciers lost twice"), article.text());
    }

    @Test
    void aShortLabelAboveTheTitleIsTheSectionEvenWithoutASubtitle() {
        String page = """
                Opinion
                Why Riverton needs a second bridge
                Published: 4 March 2024

                Every morning the queue at the old bridge reaches the ring road, writes Mayor Lena Ortiz.
                """;

        NormalizedArticle article = normalize(page, null);

        assertEquals("Opinion", article.metadata().section());
        assertEquals("Why Riverton needs a second bridge", article.metadata().title());
        assertNull(article.metadata().subtitle());
    }

    @Test
    void aHeadlineAboveItsStandfirstIsNotTakenForASection() {
        String page = """
                Floods close Kelso roads
                Rain is forecast to continue until Thursday
                Published: 4 March 2024

                Three roads into Kelso were closed on Monday after the river burst its banks, police said.
                """;

        NormalizedArticle article = normalize(page, null);

        assertNull(article.metadata().section());
        assertEquals("Floods close Kelso roads", article.metadata().title());
        assertEquals("Rain is forecast to continue until Thursday", article.metadata().subtitle());
    }

    @Test
    void aShortWireDatelineOpeningTheBodyIsNotChrome() {
        String page = "Dockers end strike\nPublished: 12 June 2023\nMost read\n\nROTTERDAM (Reuters) -\n\n"
                + "Dock workers returned to work on Monday after a pay deal, their union said.\n";

        NormalizedArticle article = normalize(page, null);

        assertEquals(List.of("Most read"), article.boilerplate());
        assertTrue(article.text().startsWith("Published: 12 June 2023\n\nROTTERDAM (Reuters) -"), article.text());
    }

    @Test
    void bodyOnlyTextPassesThroughWithEveryLine() {
        String conllLike = """
                ROWING - LOCAL CREW WINS HOME REGATTA .
                OXFORD 1997-05-04
                A crew from the home club won the eights on Sunday .
                Second place went to the visitors from Cambridge .
                """;

        NormalizedArticle article = normalize(conllLike, null);

        assertEquals(conllLike, article.text());
        assertNull(article.metadata().title());
        assertTrue(article.boilerplate().isEmpty());
        assertEquals("1997-05-04", article.metadata().published());
        assertEquals("1997-05-06", normalize(conllLike, "1997-05-06").metadata().published());
    }

    @Test
    void titleLineOfWireCopyStaysAndTheRequestDateIsUsed() {
        String wire = "Ferry strike ends after three days\n\nHELSINKI (AP) _\n\nFerry crews returned to work on Thursday.";

        NormalizedArticle article = normalize(wire, "1998-02-12");

        assertEquals(wire, article.text());
        assertEquals("1998-02-12", article.metadata().published());
    }

    @Test
    void withoutADatelineAHeadlineIsTheTitleAndABylineLineGoesToTheMetadata() {
        String story = "Ferry strike ends after three days\n\nBy Lena Marsh, Transport Reporter\n\n"
                + "HELSINKI - Ferry crews returned to work on Thursday.\n\nThe union said talks would resume.";

        NormalizedArticle article = normalize(story, null);

        assertEquals("Ferry strike ends after three days", article.metadata().title());
        assertEquals("Lena Marsh, Transport Reporter", article.metadata().byline());
        assertEquals("Ferry strike ends after three days\n\nHELSINKI - Ferry crews returned to work on Thursday.\n\n"
                + "The union said talks would resume.", article.text());
    }

    @Test
    void aBylineInGermanFrenchOrSpanishIsRead() {
        assertEquals("Lena Marsch", normalize("Fährstreik beendet nach drei Tagen\n\nVon Lena Marsch\n\n"
                + "Die Fähren fahren wieder.\n\nDie Gewerkschaft ist zufrieden.", null).metadata().byline());
        assertEquals("Léa Martin", normalize("La grève des ferries est terminée\n\nPar Léa Martin\n\n"
                + "Les ferries circulent de nouveau.\n\nLe syndicat est satisfait.", null).metadata().byline());
        assertNull(normalize("Die Lage am Hafen\n\nVon der Leyen besuchte den Hafen\n\nDie Fähren fahren wieder.", null)
                .metadata().byline());
    }

    @Test
    void aSentenceOpeningWithByIsNoByline() {
        String story = "Harbour fees to rise\n\nBy the end of the year, fees at the port will double.\n\n"
                + "By Friday the board must vote\n\nThe board meets in May.";

        NormalizedArticle article = normalize(story, null);

        assertNull(article.metadata().byline());
        assertEquals(story, article.text());
    }

    @Test
    void documentDatelineWinsOverTheRequestHint() {
        String page = "Title of a short note\nPublished: 2021-07-30 08:15\n\nThe note itself is one sentence long.";

        assertEquals("2021-07-30T08:15", normalize(page, "2021-08-02").metadata().published());
    }

    @Test
    void aDatelineFarBelowTheTopIsBodyText() {
        StringBuilder text = new StringBuilder();
        for (int line = 0; line < 12; line++) {
            text.append("Sentence number ").append(line).append(" of the story goes here.\n");
        }
        text.append("Published: May 3, 2020\nMore text follows.\n");

        assertEquals(text.toString(), normalize(text.toString(), null).text());
    }
}
