package io.newsroom.extraction.engine.normalize;

import io.newsroom.extraction.engine.ExtractionRequest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputNormalizerHtmlTest {

    private static final String PAGE = """
            <!doctype html>
            <html lang="en-GB">
            <head>
              <title>Harbour bridge reopens after storm repairs | The Coastal Ledger</title>
              <meta property="og:site_name" content="The Coastal Ledger">
              <meta property="article:section" content="Local news">
              <meta name="author" content="Mara Lindqvist">
              <meta property="article:published_time" content="2024-03-09T07:45:00+01:00">
              <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
                "headline":"Harbour bridge reopens after storm repairs","datePublished":"2024-03-09T07:45:00+01:00"}</script>
              <style>p { color: black }</style>
            </head>
            <body>
              <nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li>
                <li><a href="/sport">Sport</a></li></ul></nav>
              <header class="masthead"><a href="/">The Coastal Ledger</a></header>
              <div class="cookie-consent">We use cookies to improve your experience. Accept all cookies?</div>
              <main>
                <article>
                  <h1>Harbour bridge reopens after storm repairs</h1>
                  <div class="byline">By Mara Lindqvist</div>
                  <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
                  <div class="article-body">
                    <p>The harbour bridge reopened to traffic on Saturday morning, five weeks after a winter storm tore
                       away part of its eastern railing and flooded the approach road.</p>
                    <figure><img src="bridge.jpg"><figcaption>Workers fit the new railing. Photo: Ledger staff</figcaption></figure>
                    <p>Engineers replaced forty metres of steel, resurfaced the deck and added drainage channels, the
                       council said, at a cost of about 2.1 million euros.</p>
                    <div class="ad-slot">Advertisement</div>
                    <h2>Traffic returns</h2>
                    <p>Commuters, who had faced a detour of almost twenty kilometres, welcomed the news. "It gives me an
                       hour of my day back," said Jonas Ek, a nurse who crosses the bridge twice a day.</p>
                    <ul><li>Buses resume the old route on Monday.</li><li>The cycle lane stays closed until April.</li></ul>
                    <p>Advertisement</p>
                  </div>
                  <div class="related-stories"><h3>Related stories</h3>
                    <ul><li><a href="/a">Storm damage closes bridge</a></li><li><a href="/b">Council approves repair budget</a></li></ul>
                  </div>
                </article>
                <section id="comments"><h3>Comments</h3><p>Finally! This took far too long, in my opinion, and the
                  council should explain why the repairs were so slow.</p></section>
              </main>
              <footer><p>© 2024 The Coastal Ledger. All rights reserved.</p></footer>
            </body>
            </html>
            """;

    private static NormalizedArticle normalize(String html, String published) {
        return new InputNormalizer().normalize(
                new ExtractionRequest("page.html", html, "text/html; charset=utf-8", published));
    }

    @Test
    void keepsTheStoryInReadingOrderAndDropsPageFurniture() {
        String text = normalize(PAGE, null).text();

        assertTrue(text.startsWith("The harbour bridge reopened to traffic on Saturday morning"), text);
        assertTrue(text.indexOf("Engineers replaced") < text.indexOf("Traffic returns"));
        assertTrue(text.indexOf("Traffic returns") < text.indexOf("Commuters, who had faced"));
        assertTrue(text.contains("Buses resume the old route on Monday.\n\nThe cycle lane stays closed until April."));
        assertTrue(text.contains("\u201CIt gives me an") || text.contains("\"It gives me an"));
        for (String furniture : new String[]{"Home", "cookies", "Share on", "Advertisement", "Related stories",
                "Storm damage closes bridge", "Finally!", "All rights reserved", "Workers fit the new railing",
                "By Mara Lindqvist", "Harbour bridge reopens"}) {
            assertFalse(text.contains(furniture), () -> furniture + " leaked into: " + text);
        }
    }

    @Test
    void paragraphsAreSeparatedByBlankLinesWithCollapsedSpaces() {
        String text = normalize(PAGE, null).text();

        assertTrue(text.contains("five weeks after a winter storm tore away part of its eastern railing"));
        assertTrue(text.contains("approach road.\n\nEngineers replaced"));
        assertFalse(text.contains("  "));
    }

    @Test
    void readsMetadataFromMetaTagsAndJsonLd() {
        NormalizedArticle article = normalize(PAGE, "2020-01-01");

        assertEquals("Harbour bridge reopens after storm repairs", article.metadata().title());
        assertEquals("Mara Lindqvist", article.metadata().byline());
        assertEquals("Local news", article.metadata().section());
        assertEquals("2024-03-09T07:45+01:00", article.metadata().published());
        assertEquals("en", article.metadata().language());
    }

    @Test
    void recordsHeadingsOfRemovedBlocksButNotTheSiteMenu() {
        NormalizedArticle article = normalize(PAGE, null);

        assertTrue(article.boilerplate().contains("Related stories"), article.boilerplate()::toString);
        assertFalse(article.boilerplate().contains("Sport"));
    }

    @Test
    void fallsBackToVisibleHeadlineBylineAndTimeWithoutMetaTags() {
        String html = """
                <html><head><title>Night trains return to the north - Rail Weekly</title></head><body>
                <div class="post"><h1>Night trains return to the north</h1>
                <p class="byline">By <a rel="author" href="/p/1">Ilse Varga</a></p>
                <time datetime="2023-11-02">2 November 2023</time>
                <div class="entry-content"><p>A sleeper service between the capital and the northern coast will run
                again from December, the operator announced, after a gap of eleven years.</p>
                <p>Tickets go on sale next week, with cabins for one, two or four travellers and a dining car.</p></div>
                </div></body></html>""";

        NormalizedArticle article = normalize(html, "2023-10-30");

        assertEquals("Night trains return to the north", article.metadata().title());
        assertEquals("Ilse Varga", article.metadata().byline());
        assertEquals("2023-11-02", article.metadata().published());
        assertTrue(article.text().startsWith("A sleeper service"), article.text());
        assertTrue(article.text().endsWith("and a dining car."), article.text());
    }

    @Test
    void joinsAStorySplitIntoChunksBetweenAdvertising() {
        StringBuilder html = new StringBuilder("<html><body><div class=\"story\">");
        for (int chunk = 1; chunk <= 4; chunk++) {
            html.append("<div class=\"chunk\"><div class=\"inner\"><p>Chunk ").append(chunk)
                    .append(" tells part of the story, with enough words, commas, and detail to read as prose.</p>")
                    .append("<p>It continues here, at some length, so that each chunk scores like real prose does.</p>")
                    .append("</div></div><div class=\"ad-rail\"><a href=\"/buy\">Buy now</a></div>");
        }
        html.append("</div><div class=\"sidebar\"><p>Most read today, in brief, for everyone.</p></div></body></html>");

        String text = normalize(html.toString(), null).text();

        for (int chunk = 1; chunk <= 4; chunk++) {
            assertTrue(text.contains("Chunk " + chunk + " tells part"), text);
        }
        assertFalse(text.contains("Buy now"));
        assertFalse(text.contains("Most read"));
    }

    @Test
    void requestHintFillsInWhenThePageHasNoDate() {
        String html = "<html><body><article><p>A short notice about the library's new opening hours, which start"
                + " on Monday, as the council confirmed.</p></article></body></html>";

        assertEquals("2022-06-01", normalize(html, "2022-06-01").metadata().published());
    }

    @Test
    void usesTheJsonLdBodyWhenThePageShowsLittleOfIt() {
        String body = "The regional orchestra will tour six cities this autumn, its director said on Tuesday.\n"
                + "Rehearsals begin in August, and the programme includes two new works by local composers.\n"
                + "Tickets for the opening concert, in the old market hall, sold out within a day of release.\n"
                + "The tour ends in December with a free open-air performance beside the river, weather permitting.\n"
                + "Organisers expect more than ten thousand people to attend the six concerts in total this year.\n"
                + "A recording of the final concert will be broadcast on regional radio early in the new year.\n";
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
                + "\"Orchestra plans autumn tour\",\"articleBody\":\"" + body.replace("\n", "\\n") + "\"}</script></head>"
                + "<body><div id=\"app\"><p>The regional orchestra will tour six cities this autumn.</p></div></body></html>";

        String text = normalize(html, null).text();

        assertTrue(text.startsWith("The regional orchestra will tour six cities this autumn, its director said"), text);
        assertTrue(text.contains("free open-air performance"), text);
    }

    @Test
    void dropsCommentThreadsNamedWithRunTogetherClassWords() {
        StringBuilder html = new StringBuilder("<html><body><div class=\"entry\"><p>The museum reopened its east wing,"
                + " closed since the flood, with a show of maritime paintings, maps, and ship models.</p></div>"
                + "<ol class=\"commentlist\">");
        for (int i = 0; i < 6; i++) {
            html.append("<li><p>Reader comment number ").append(i)
                    .append(", long enough to look like prose, with several clauses, and some opinions too.</p></li>");
        }
        html.append("</ol></body></html>");

        String text = normalize(html.toString(), null).text();

        assertTrue(text.startsWith("The museum reopened its east wing"), text);
        assertFalse(text.contains("Reader comment"), text);
    }

    @Test
    void aPageWithoutBodyTextGivesNoTextAndNeverTheHeadContent() {
        assertEquals("", normalize("<html><head><title>Only a title</title></head></html>", null).text());
        assertEquals("", normalize("", null).text());
        assertEquals("Untagged words, sent as HTML.", normalize("Untagged words, sent as HTML.", null).text());
    }

    @Test
    void keepsAWireCreditButDropsPictureCreditsStaffCreditsAndLegalNotices() {
        String html = "<html><body><article><p>The ferry company ordered two electric ships, which will enter service"
                + " in 2027, replacing diesel vessels on the island route, the company said.</p>"
                + "<p>Harbour views, photos \u00A9 Island Ferries, 2024</p>"
                + "<p>Each ship carries 400 passengers and 120 cars, and charges in twenty minutes at either end.</p>"
                + "<p>\u00A9 Nordic Wire</p><p>Copyright \u00A9 2024 Island Gazette. All rights reserved.</p>"
                + "<p>(Reporting by Per Holm; editing by Lena Dahl)</p><p>Oskar Berg contributed to this report.</p>"
                + "</article></body></html>";

        String text = normalize(html, null).text();

        assertTrue(text.endsWith("at either end.\n\n\u00A9 Nordic Wire"), text);
        assertFalse(text.contains("photos"), text);
    }

    @Test
    void blockNamesInBemClassesDoNotShieldTheHeaderOfTheStory() {
        String html = "<html><body><div class=\"post\"><div class=\"post__header\">"
                + "<div class=\"post__header__excerpt\">A standfirst that sums up the story in one long sentence, with"
                + " commas, which the story itself does not repeat.</div>"
                + "<div class=\"post__header__date\"><p>April 2, 2024</p></div></div>"
                + "<div class=\"post__content\"><p>The first paragraph of the story, long enough, with a comma, to be"
                + " counted as prose by any reader.</p><p>A second paragraph follows, also long, with a comma, and it"
                + " ends the story.</p></div></div></body></html>";

        String text = normalize(html, null).text();

        assertTrue(text.startsWith("The first paragraph of the story"), text);
        assertFalse(text.contains("standfirst"), text);
    }
}
