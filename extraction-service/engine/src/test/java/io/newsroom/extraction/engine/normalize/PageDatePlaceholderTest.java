package io.newsroom.extraction.engine.normalize;

import io.newsroom.extraction.engine.ExtractionRequest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A page's placeholder publication date is passed over for the next date the page states. */
class PageDatePlaceholderTest {

    private static String published(String head, String body) {
        String html = "<html><head>" + head + "</head><body><article><h1>Riverton opens its new bridge</h1>"
                + body + "<p>Mayor Lena Ortiz of Riverton opened the bridge on Monday, two years after work began "
                + "on the crossing over the Lark river.</p></article></body></html>";
        NormalizedArticle article = new InputNormalizer().normalize(new ExtractionRequest("page.html", html, "text/html", null));
        return article.metadata().published();
    }

    @Test
    void jsonLdPlaceholderGivesWayToTheVisibleDate() {
        assertEquals("2025-05-20", published("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
                + "\"datePublished\": \"0001-01-01T00:00:00Z\"}</script>", "<time>May 20, 2025</time>"));
    }

    @Test
    void epochAndFutureMetaValuesAreNoPublicationDate() {
        assertNull(published("<meta property=\"article:published_time\" content=\"1970-01-01T00:00:00Z\">"
                + "<meta name=\"date\" content=\"2999-01-01\">", ""));
    }
}
