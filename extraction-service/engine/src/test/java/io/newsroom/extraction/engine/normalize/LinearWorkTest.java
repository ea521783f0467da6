package io.newsroom.extraction.engine.normalize;

import io.newsroom.extraction.engine.ExtractionRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Work must grow linearly with the page. Measured without clocks: every pattern of this package reads hostile
 * input through a character counter, and must not read a 200x longer input more than ~200x as often.
 */
class LinearWorkTest {

    private static final List<Class<?>> READERS = List.of(PublicationDateParser.class, PlainTextPageReader.class,
            HtmlMetadataReader.class, StoryBlocks.class, HtmlArticleExtractor.class, PageChrome.class,
            JsonLdArticle.class, TypographyNormalizer.class);
    private static final List<String> HOSTILE_UNITS = List.of(" ", "1", "12:", "May 1 ", "a", "Published: ", "-", "by ",
            "2019-", "1st of ", " / ", "\n", "x | ", ".", "\u00A0", "12 12 ");

    @Test
    void everyPatternReadsHostileInputInLinearTime() throws IllegalAccessException {
        List<Pattern> patterns = patterns();
        assertFalse(patterns.isEmpty());
        for (Pattern pattern : patterns) {
            for (String unit : HOSTILE_UNITS) {
                long small = charactersRead(pattern, unit.repeat(1_000 / unit.length() + 1));
                long large = charactersRead(pattern, unit.repeat(200_000 / unit.length() + 1));
                assertTrue(large <= Math.max(small, 1_000) * 250,
                        () -> pattern + " on '" + unit + "': " + small + " reads for 1 KB, " + large + " for 200 KB");
            }
        }
    }

    @Test
    void aPageTwoHundredTimesLongerGivesTwoHundredTimesTheStory() {
        String small = page(2);
        String large = page(400);

        int smallText = story(small).length();
        int largeText = story(large).length();

        assertEquals(200.0, (double) largeText / smallText, 2.0);
    }

    private static String story(String html) {
        NormalizedArticle article = new InputNormalizer().normalize(new ExtractionRequest("p", html, "text/html", null));
        return article.text();
    }

    private static String page(int paragraphs) {
        StringBuilder html = new StringBuilder("<html><body><nav><a href='/'>Home</a></nav><article>");
        for (int i = 0; i < paragraphs; i++) {
            html.append("<p>Paragraph of the story, with commas, a quote, \u201Csaid someone\u201D, and a number ")
                    .append(i % 10).append(" to make each one about as long as a real one.</p>");
        }
        return html.append("</article><footer>Footer</footer></body></html>").toString();
    }

    private static long charactersRead(Pattern pattern, String input) {
        CountingText text = new CountingText(input);
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (matcher.end() == matcher.start() && matcher.end() >= input.length()) {
                break;
            }
        }
        return text.reads;
    }

    private static List<Pattern> patterns() throws IllegalAccessException {
        List<Pattern> patterns = new ArrayList<>();
        for (Class<?> reader : READERS) {
            for (Field field : reader.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == Pattern.class) {
                    field.setAccessible(true);
                    patterns.add((Pattern) field.get(null));
                }
            }
        }
        return patterns;
    }

    private static final class CountingText implements CharSequence {
        private final String text;
        private long reads;

        CountingText(String text) {
            this.text = text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            reads++;
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            reads += end - start;
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
