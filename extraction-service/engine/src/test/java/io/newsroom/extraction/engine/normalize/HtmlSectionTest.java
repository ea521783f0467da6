package io.newsroom.extraction.engine.normalize;

import io.newsroom.extraction.engine.ExtractionRequest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A web page's section is one value: the section meta tag, the JSON-LD section, or the deepest breadcrumb. */
class HtmlSectionTest {

    private static final String STORY = "<p>Mayor Lena Ortiz of Riverton opened the new library on Tuesday, the "
            + "council said, after three years of building work.</p>";

    private static String section(String head, String body) {
        String html = "<html><head>" + head + "</head><body>" + body + "<article>" + STORY + "</article></body></html>";
        NormalizedArticle article = new InputNormalizer().normalize(new ExtractionRequest("p.html", html, "text/html", null));
        return article.metadata().section();
    }

    @Test
    void theDeepestBreadcrumbAboveTheStoryIsTheSection() {
        String trail = "<ol class='breadcrumbs'><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li>"
                + "<li><a href='/world/europe'>Europe</a></li><li>Riverton opens its new library</li></ol>";

        assertEquals("Europe", section("<title>Riverton opens its new library</title>", trail));
    }

    @Test
    void aTrailOfLinksWithoutListItemsGivesItsLastSection() {
        String trail = "<div id='breadcrumb'><a href='/'>Home</a> &rsaquo; <a href='/local'>Local</a> &rsaquo; "
                + "<a href='/local/schools'>Schools</a></div>";

        assertEquals("Schools", section("", trail));
    }

    @Test
    void aCrumbThatRepeatsTheStartOfTheHeadlineIsNotTheSection() {
        String trail = "<ul class='breadcrumb'><li><a href='/'>Home</a></li><li><a href='/arts'>Arts</a></li>"
                + "<li>Riverton opens its new...</li></ul>";

        assertEquals("Arts", section("<meta property='og:title' content='Riverton opens its new library'>", trail));
    }

    @Test
    void theFirstSectionMetaTagWinsOverTheBreadcrumbs() {
        String head = "<meta property='article:section' content='Culture'>"
                + "<meta property='article:section' content='Books'>";
        String trail = "<ul class='breadcrumb'><li><a href='/arts'>Arts</a></li></ul>";

        assertEquals("Culture", section(head, trail));
    }

    @Test
    void aListOfJsonLdSectionsGivesItsFirst() {
        String head = "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Library opens\","
                + " \"articleSection\": [\"Local\", \"Education\"]}</script>";

        assertEquals("Local", section(head, ""));
    }
}
