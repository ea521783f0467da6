package io.newsroom.gateway.console;

import io.newsroom.gateway.console.HighlightedText.Highlight;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The marks laid into the clean text by offsets: nested, split where they cross, and everything escaped. */
class HighlightedTextTest {

    @Test
    void aMarkInsideAnotherNestsInIt() {
        String text = "She said \"talks go on Monday\" today.";
        int quote = text.indexOf("talks");
        int monday = text.indexOf("Monday");
        String html = HighlightedText.render(text, List.of(
                new Highlight(monday, monday + 6, "date", "2025-05-19", "data-date", "2025-05-19"),
                new Highlight(quote, text.indexOf('"', quote), "quote", "Ann", "data-quote", "0"))).getValue();
        assertEquals("She said \"<mark class=\"quote\" data-quote=\"0\" title=\"Ann\">talks go on "
                + "<mark class=\"date\" data-date=\"2025-05-19\" title=\"2025-05-19\">Monday</mark></mark>\" today.",
                html.replace("&quot;", "\""));
    }

    @Test
    void marksThatCrossAreClosedAndOpenedAgain() {
        String html = HighlightedText.render("abcdef", List.of(
                new Highlight(0, 4, "quote", "q", "data-quote", "0"),
                new Highlight(2, 6, "date", "d", "data-date", "x"))).getValue();
        assertEquals("<mark class=\"quote\" data-quote=\"0\" title=\"q\">ab<mark class=\"date\" data-date=\"x\" title=\"d\">cd"
                + "</mark></mark><mark class=\"date\" data-date=\"x\" title=\"d\">ef</mark>", html);
    }

    @Test
    void theTextAndTheAttributesAreEscaped() {
        String text = "<script>alert('x')</script> & \"Tom\"";
        int tom = text.indexOf("Tom");
        String html = HighlightedText.render(text, List.of(
                new Highlight(tom, tom + 3, "person", "Tom \"<b>\" (PERSON)", "data-entity", "e\"1"))).getValue();
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;<mark class=\"person\" data-entity=\"e&quot;1\" "
                + "title=\"Tom &quot;&lt;b&gt;&quot; (PERSON)\">Tom</mark>&quot;", html);
    }

    @Test
    void aMarkOutsideTheTextOrEmptyIsLeftOut() {
        assertEquals("abc", HighlightedText.render("abc", List.of(
                new Highlight(2, 9, "date", "d", "data-date", "x"),
                new Highlight(-1, 2, "date", "d", "data-date", "x"),
                new Highlight(1, 1, "date", "d", "data-date", "x"))).getValue());
    }
}
