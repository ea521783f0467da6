package io.newsroom.extraction.engine;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BinaryContentTest {

    private static final String STORY = "The harbour reopened on Monday after a week of repairs, the port authority said.\n\n"
            + "\tCrews worked through the night.\r\n\fPage two: the ferry timetable.";

    private static String refusal(String content) {
        return BinaryContent.refusal(content).orElse(null);
    }

    @Test
    void acceptsTextWithItsLayoutCharacters() {
        assertEquals(null, refusal(STORY));
        assertEquals(null, refusal(""));
    }

    @Test
    void refusesRandomBytesReadAsUtf8() {
        Random random = new Random(42);
        for (int size : new int[] {64, 1024, 1 << 20}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            String message = refusal(new String(bytes, StandardCharsets.UTF_8));
            assertTrue(message != null && message.startsWith("content is binary"), size + " bytes: " + message);
        }
    }

    @Test
    void refusesAnyNulCharacterAndSaysWhere() {
        assertEquals("content is binary, not text: it holds a NUL character (at offset 3)", refusal("GIF\0" + STORY));
    }

    @Test
    void refusesUtf16TextReadAsUtf8() {
        byte[] utf16 = STORY.getBytes(StandardCharsets.UTF_16LE);
        assertTrue(refusal(new String(utf16, StandardCharsets.UTF_8)).contains("NUL"));
    }

    @Test
    void refusesAHighShareOfControlCharactersWithoutNul() {
        StringBuilder noisy = new StringBuilder();
        Random random = new Random(3);
        for (int i = 0; i < 1000; i++) {
            noisy.append(random.nextInt(5) == 0 ? (char) (1 + random.nextInt(8)) : 'x');
        }
        String message = refusal(noisy.toString());
        assertTrue(message != null && message.contains("control characters or undecodable bytes (more than 10 %)"), message);
    }

    @Test
    void theLimitIsTenPercentOfTheCharacters() {
        assertEquals(null, refusal("\u0001".repeat(10) + "a".repeat(90)));
        assertTrue(refusal("\u0001".repeat(11) + "a".repeat(89)) != null);
        assertTrue(refusal("\u007F\u0085\u009F") != null, "DEL and C1 controls count");
        assertTrue(refusal("\uFFFD".repeat(11) + "a".repeat(89)) != null, "and so do bytes that were not UTF-8");
        assertEquals(null, refusal("caf\uFFFD " + STORY), "a stray one does not");
    }

    @Test
    void acceptsTheFewStrayControlsOfRealText() {
        assertEquals(null, refusal("\u001B[31mBreaking\u001B[0m: " + STORY), "terminal colour codes");
        byte[] windows1252 = "\u201CWe are open,\u201D the mayor said \u2013 at last.".getBytes(Charset.forName("windows-1252"));
        String misread = new String(windows1252, StandardCharsets.ISO_8859_1) + " " + STORY;
        assertTrue(misread.chars().anyMatch(c -> c >= 0x80 && c <= 0x9F), "the quotes read as C1 controls");
        assertEquals(null, refusal(misread));
    }
}
