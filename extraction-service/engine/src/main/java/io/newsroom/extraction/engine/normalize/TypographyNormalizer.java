package io.newsroom.extraction.engine.normalize;

import java.text.Normalizer;

/**
 * Canonical Unicode for every later stage: NFC, Unix line ends, one kind of space, no invisible characters.
 * Curly quotes, dashes and ellipses stay as they are: quote detection and offsets rely on them.
 */
final class TypographyNormalizer {

    private TypographyNormalizer() {
    }

    static String normalize(String raw) {
        String text = Normalizer.isNormalized(raw, Normalizer.Form.NFC)
                ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
        if (isClean(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (isInvisible(c)) {
                continue;
            } else if (isSpace(c)) {
                out.append(' ');
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                out.append('\n');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Nothing to replace or drop: most texts, which then are not copied. */
    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' ? c != '\n' : c >= 0x80 && (c == '\u0085' || c == '\u2028' || c == '\u2029' || isSpace(c) || isInvisible(c))) {
                return false;
            }
        }
        return true;
    }

    static boolean isSpace(char c) {
        return c == '\u00A0' || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200A') || c == '\t' || c == '\f' || c == '\u000B';
    }

    static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                || c == '\u180E' || (c >= '\u200E' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E');
    }
}
