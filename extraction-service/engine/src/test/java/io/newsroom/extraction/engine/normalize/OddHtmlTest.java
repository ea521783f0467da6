package io.newsroom.extraction.engine.normalize;

import io.newsroom.extraction.engine.ExtractionEngine;
import io.newsroom.extraction.engine.ExtractionRequest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages no reader would call an article still give a document, never an exception nor a stage warning. */
class OddHtmlTest {

    private static final ExtractionEngine ENGINE = new ExtractionEngine();

    private static NormalizedArticle normalize(String html) {
        ExtractionRequest request = new ExtractionRequest("odd.html", html, "text/html", null);
        assertEquals(List.of(), ENGINE.extract(request).warnings());
        NormalizedArticle article = new InputNormalizer().normalize(request);
        assertNotNull(article.text());
        assertNotNull(article.metadata());
        return article;
    }

    @Test
    void anEmptyBodyGivesAnEmptyText() {
        assertEquals("", normalize("<html><head></head><body></body></html>").text());
        assertEquals("", normalize("<body>   \n\t </body>").text());
    }

    @Test
    void aFramesetPageHasNoStory() {
        NormalizedArticle article = normalize("<html><head><title>Riverton Gazette</title></head><frameset cols='20%,80%'>"
                + "<frame src='menu.html'><frame src='story.html'><noframes>Your browser has no frames.</noframes>"
                + "</frameset></html>");
        assertEquals("Riverton Gazette", article.metadata().title());
        assertTrue(article.text().length() < 40, article.text());
    }

    @Test
    void markupWithoutTextGivesAnEmptyText() {
        assertEquals("", normalize("<div><div><span></span><img src='a.png'><br><hr></div><ul><li></li></ul></div>")
                .text());
    }

    @Test
    void aHugeTableOfNumbersIsReadWithoutFailing() {
        StringBuilder html = new StringBuilder("<html><body><p>Rainfall in Riverton, by day and station, in "
                + "millimetres, as the weather office reported it on Monday.</p><table>");
        for (int row = 0; row < 3_000; row++) {
            html.append("<tr>");
            for (int cell = 0; cell < 12; cell++) {
                html.append("<td>").append(row * cell % 97).append("</td>");
            }
            html.append("</tr>");
        }
        String text = normalize(html.append("</table></body></html>").toString()).text();
        assertTrue(text.startsWith("Rainfall in Riverton"), text.substring(0, Math.min(80, text.length())));
    }

    @Test
    void deeplyNestedElementsAreReadWithoutFailing() {
        String story = "<p>Mayor Lena Ortiz of Riverton opened the new library on Tuesday, the council said, "
                + "after three years of building work.</p>";
        String html = "<div>".repeat(20_000) + story + "</div>".repeat(20_000)
                + "<span>".repeat(20_000) + "x" + "<b>".repeat(20_000);
        String text = normalize("<html><body>" + html + "</body></html>").text();
        assertTrue(text.contains("Mayor Lena Ortiz of Riverton opened the new library"), text);
    }

    @Test
    void unclosedAndMisnestedTagsStillGiveTheStory() {
        String html = "<html><body><div class='story'><p>The ferry to Kelso Island ran again on Sunday, "
                + "the operator said, after a week of storms.<p>Passengers, <b>many of them <i>tourists</b>, "
                + "waited</i> for hours.<table><tr><td>late</div></body>";
        String text = normalize(html).text();
        assertTrue(text.contains("The ferry to Kelso Island ran again on Sunday"), text);
        assertTrue(text.contains("waited for hours."), text);
    }

    @Test
    void brokenJsonLdAndScriptOnlyPagesAreIgnored() {
        NormalizedArticle article = normalize("<html><head><script type='application/ld+json'>{\"@type\": "
                + "\"NewsArticle\", \"headline\": [[[</script><script type='application/ld+json'>[1, \"x\", null, "
                + "{\"@type\": null, \"articleBody\": {\"a\": 1}}]</script></head><body><script>var a = '<p>no</p>';"
                + "</script></body></html>");
        assertEquals("", article.text());
    }

    @Test
    void aPageOfOnlyLinksGivesLittleText() {
        StringBuilder html = new StringBuilder("<html><body>");
        for (int i = 0; i < 200; i++) {
            html.append("<a href='/s").append(i).append("'>Story number ").append(i).append("</a> ");
        }
        String text = normalize(html.append("</body></html>").toString()).text();
        assertTrue(text.length() < 200, text);
    }
}
