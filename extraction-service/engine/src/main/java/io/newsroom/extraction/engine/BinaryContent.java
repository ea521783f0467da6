package io.newsroom.extraction.engine;

import java.util.Optional;

/**
 * The check a caller makes before handing content to the engine: binary data (an image, a zip, a UTF-16 file read as
 * UTF-8) would come back as megabytes of nonsense entities, so it is refused with a reason instead. Content is binary
 * when it holds a NUL character or when more than {@value #MAX_CONTROL_PERCENT} % of its characters are control
 * characters other than tab, line feed, carriage return and form feed, or U+FFFD (what a byte that was not UTF-8
 * became when the bytes were read): text never holds such characters in such numbers.
 */
public final class BinaryContent {

    static final int MAX_CONTROL_PERCENT = 10;

    private BinaryContent() {
    }

    /** Why {@code content} is refused as binary, or empty when it reads as text. */
    public static Optional<String> refusal(CharSequence content) {
        int length = content.length();
        int controls = 0;
        for (int i = 0; i < length; i++) {
            char c = content.charAt(i);
            if (c == '\0') {
                return Optional.of("content is binary, not text: it holds a NUL character (at offset " + i + ")");
            }
            if (isControl(c) || c == '\uFFFD') {
                controls++;
            }
        }
        if (controls > 0 && (long) controls * 100 > (long) length * MAX_CONTROL_PERCENT) {
            return Optional.of("content is binary, not text: " + controls + " of its " + length
                    + " characters are control characters or undecodable bytes (more than " + MAX_CONTROL_PERCENT + " %)");
        }
        return Optional.empty();
    }

    /** C0 and C1 control characters and DEL, except the four that plain text uses for layout. */
    private static boolean isControl(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r' && c != '\f';
        }
        return c >= 0x7F && c <= 0x9F;
    }
}
