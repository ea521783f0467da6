package io.newsroom.extraction.engine.normalize;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which parts of a page make the story: the chosen container and the blocks that belong with it. */
class StoryPartsTest {

    private static String mainText(String html) {
        Element body = Jsoup.parse(html).body();
        return HtmlArticleExtractor.extract(body).text();
    }

    private static String paragraphs(String topic, int count) {
        StringBuilder html = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            html.append("<p>").append(topic).append(" paragraph ").append(i)
                    .append(" goes on, with a clause, another clause, and enough words to read as story prose.</p>");
        }
        return html.toString();
    }

    /** A block of links to other stories, as a page's rails carry them. */
    private static String headlines(int count) {
        StringBuilder html = new StringBuilder("<div class=\"collection\">");
        for (int i = 1; i <= count; i++) {
            html.append("<div class=\"card\"><a href=\"/story/").append(i).append("\">Headline of another story")
                    .append(" number ").append(i).append(", which runs on for a good many words</a></div>");
        }
        return html.append("</div>").toString();
    }

    @Test
    void aStoryCutIntoRepeatedContainersAroundAnAdKeepsEveryPartInOrder() {
        String html = "<html><body><main>"
                + "<section class=\"row row--story\"><div class=\"grid\"><div class=\"column\"><div class=\"lane\">"
                + "<div class=\"column\"><div class=\"story-text\">" + paragraphs("Opening", 1)
                + "</div></div></div></div></div></section>"
                + "<section class=\"row row--promo\"><div class=\"promo-box\"><a href=\"/sub\">Subscribe today</a>"
                + "</div></section>" + headlines(12)
                + "<section class=\"row row--story row--wide\"><div class=\"column\"><div class=\"column__inner\">"
                + "<div class=\"story-text\">" + paragraphs("Later", 5) + "</div></div></div></section>"
                + "</main></body></html>";

        String text = mainText(html);

        assertTrue(text.startsWith("Opening paragraph 1"), text);
        assertTrue(text.indexOf("Opening paragraph 1") < text.indexOf("Later paragraph 1"), text);
        assertTrue(text.contains("Later paragraph 5"), text);
        assertFalse(text.contains("Subscribe"), text);
    }

    @Test
    void aLinkListWithTheContainersClassIsNoPartOfTheStory() {
        String html = "<html><body><div class=\"wrap\"><div class=\"text\">" + paragraphs("Story", 5) + "</div></div>"
                + "<div class=\"rail\"><div class=\"text\"><p><a href=\"/a\">First other headline that runs on at"
                + " length for a while</a>, <a href=\"/b\">second other headline that also runs on at length</a></p>"
                + "</div></div></body></html>";

        String text = mainText(html);

        assertTrue(text.contains("Story paragraph 5"), text);
        assertFalse(text.contains("other headline"), text);
    }

    @Test
    void aPullQuoteBetweenTheParagraphsStaysButAnAsideOfLinksGoes() {
        String html = "<html><body><article><div class=\"body\">" + paragraphs("First", 3)
                + "<aside class=\"x1\"><span>\u201CWe had never seen the river this high in March\u201D</span></aside>"
                + paragraphs("Second", 3)
                + "<aside class=\"x2\"><a href=\"/more\">\u201CThe river is rising\u201D: our earlier report</a></aside>"
                + "<aside class=\"x3\">Sign up for the morning briefing, sent every weekday at seven.</aside>"
                + paragraphs("Third", 2) + "</div></article></body></html>";

        String text = mainText(html);

        assertTrue(text.contains("First paragraph 3 goes on, with a clause, another clause, and enough words to read as"
                + " story prose.\n\n\u201CWe had never seen the river this high in March\u201D\n\nSecond paragraph 1"), text);
        assertFalse(text.contains("earlier report"), text);
        assertFalse(text.contains("morning briefing"), text);
    }

    @Test
    void linesWrittenStraightIntoABlockBesideAPhotoAreTheStory() {
        String html = "<html><body><div class=\"top\"><div class=\"notice-box\"><p>This site stores small files on your device, and by"
                + " staying on it, you agree to that, as explained in our policy.</p></div></div>"
                + "<div class=\"page\"><h1>Frost arrives early</h1><div class=\"txt\"><div class=\"photo-box\"><p>Photo: agency</p></div>"
                + "Frost covered the valley on Tuesday morning, the first of the season, and roads were icy.<br><br>"
                + "Forecasters said the cold, which came early, would last until the weekend, with lows of minus six."
                + "<br><br>Schools stayed open, but buses ran late, and several flights were delayed, officials said."
                + "</div></div></body></html>";

        String text = mainText(html);

        assertTrue(text.contains("Frost covered the valley on Tuesday morning"), text);
        assertTrue(text.contains("several flights were delayed, officials said."), text);
        assertFalse(text.contains("small files"), text);
    }

    @Test
    void aLeadWrittenAsABareBlockBesideTheStoryContainerIsItsFirstParagraph() {
        String html = "<html><body><div class=\"wrap\"><div class=\"lead-in\">The city will close its oldest"
                + " bridge to cars for a year from June, while engineers rebuild the deck.</div>"
                + "<div class=\"copy\">" + paragraphs("Body", 4) + "</div>"
                + "<div class=\"more\"><a href=\"/a\">Another story about bridges and roads in the region this"
                + " week</a></div></div></body></html>";

        String text = mainText(html);

        assertTrue(text.startsWith("The city will close its oldest bridge"), text);
        assertTrue(text.contains("Body paragraph 4"), text);
        assertFalse(text.contains("Another story"), text);
    }

    @Test
    void aColonLabelGoesWithTheListOfLinksUnderItButLeadsInToAnythingElse() {
        String html = "<html><body><article><div class=\"body\">" + paragraphs("Story", 3)
                + "<p>The plan has three parts:</p><ul><li>New bus lanes on the ring road.</li>"
                + "<li>Cheaper monthly passes for students.</li><li>Night trams at weekends.</li></ul>"
                + "<p>Here is the catch:</p><p><a href=\"/q\">Nobody has said who pays for it yet</a></p>"
                + paragraphs("Closing", 1)
                + "<p>Keep reading:</p><ul><li><a href=\"/a\">Bus drivers vote on new contract</a></li>"
                + "<li><a href=\"/b\">Ring road works start in May</a></li></ul>" + "</div></article></body></html>";

        String text = mainText(html);

        assertTrue(text.contains("The plan has three parts:\n\nNew bus lanes on the ring road."), text);
        assertTrue(text.contains("Here is the catch:"), text);
        assertTrue(text.endsWith("Closing paragraph 1 goes on, with a clause, another clause, and enough words to read"
                + " as story prose."), text);
    }
}
