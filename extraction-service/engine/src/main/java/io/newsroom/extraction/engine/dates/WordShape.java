package io.newsroom.extraction.engine.dates;

/**
 * A necessary condition on the word a date rule is tried at, and on the characters after it, cheaper to test than the
 * rule's pattern: "2025" can open an ISO date only when a hyphen follows it, "the" can open "the following week"
 * only before one of a few words. A shape never decides a match, it only spares the pattern the words it cannot
 * match; so each one must admit every place its pattern matches (checked by {@code WordShapeTest}).
 */
@FunctionalInterface
interface WordShape {

    /** Whether the rule's pattern may match at the word {@code [start, end)} of the text. */
    boolean admits(String text, int start, int end);

    /** Characters of {@code \s} in a pattern without Unicode character classes: space, tab, line breaks, VT, FF. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c > 0x7f && Character.isDigit(c);
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** The character at {@code i}, or 0 past the end. */
    static char at(String text, int i) {
        return i < text.length() ? text.charAt(i) : 0;
    }

    /** The first character after {@code end} and the spaces that follow it, or 0 when no space follows or at the end. */
    static char afterSpaces(String text, int end) {
        int i = end;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i == end ? 0 : at(text, i);
    }

    /** Whether, after at least one space, the text goes on with one of the prefixes (compared ignoring case). */
    static boolean nextStartsWith(String text, int end, String... prefixes) {
        int i = end;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        if (i == end) {
            return false;
        }
        for (String prefix : prefixes) {
            if (text.regionMatches(true, i, prefix, 0, prefix.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word is one of these (ignoring case). */
    static boolean wordIs(String text, int start, int end, String... words) {
        for (String word : words) {
            if (word.length() == end - start && text.regionMatches(true, start, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** The number of digits the word starts with. */
    static int leadingDigits(String text, int start, int end) {
        int i = start;
        while (i < end && isDigit(text.charAt(i))) {
            i++;
        }
        return i - start;
    }
}
