package io.newsroom.extraction.engine.quotes;

import io.newsroom.extraction.engine.text.TokenizedText;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the stretches of text between quotation marks in one linear pass: curly and straight double marks, the
 * doubled apostrophes some papers print, German „…“ and »…«, French and Spanish «…» (spaced or not) and top-level
 * single curly marks. A quotation left open at the
 * end of a paragraph continues when the next paragraph opens with a mark; otherwise it ends with its sentence.
 */
final class QuoteMarkScanner {

    /**
     * One quoted stretch: the opening mark at {@code open}, the words at {@code [contentStart, contentEnd)}, the
     * text after the closing mark from {@code after}. {@code continues} marks a paragraph whose quotation the next
     * paragraph carries on.
     */
    record QuotedSpan(int open, int contentStart, int contentEnd, int after, boolean closed, boolean continues) {
    }

    private enum Mark { OPEN, CLOSE, STRAIGHT, SINGLE_OPEN, NONE }

    private QuoteMarkScanner() {
    }

    /** The quoted stretches of the text; a quotation left open ends with its sentence, as the text's sentences give. */
    static List<QuotedSpan> scan(TokenizedText doc) {
        String text = doc.text();
        List<QuotedSpan> spans = new ArrayList<>();
        int n = text.length();
        int open = -1;
        int contentStart = -1;
        boolean single = false;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0) {
                    spans.add(unclosedAtLineEnd(doc, open, contentStart, i));
                    open = -1;
                }
                // a single mark left open does not close on a later line: the next closing one would open at -1
                single = false;
                i++;
                continue;
            }
            if (single) {
                if (c == '\u2019' && (i + 1 >= n || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
                    spans.add(closed(text, open, contentStart, i, i + 1));
                    open = -1;
                    single = false;
                }
                i++;
                continue;
            }
            int length = markLength(text, i);
            if (open >= 0 && length == 1 && closesOrNests(text.charAt(open), c)) {
                if (closes(text.charAt(open), c)) {
                    spans.add(closed(text, open, contentStart, i, i + 1));
                    open = -1;
                }
                i++;
                continue;
            }
            Mark mark = length == 0 ? Mark.NONE : kind(text, i, open >= 0);
            if (mark == Mark.NONE) {
                i += Math.max(length, 1);
                continue;
            }
            if (open < 0) {
                if (mark == Mark.OPEN || mark == Mark.STRAIGHT || mark == Mark.SINGLE_OPEN) {
                    open = i;
                    contentStart = contentFrom(text, i + length);
                    single = mark == Mark.SINGLE_OPEN;
                }
            } else if (mark == Mark.OPEN || mark == Mark.STRAIGHT && opensQuotation(text, i, length) && doc.sentenceEnd(contentStart, i) < i) {
                spans.add(unclosed(doc, open, contentStart, i));
                open = i;
                contentStart = contentFrom(text, i + length);
            } else {
                spans.add(closed(text, open, contentStart, i, i + length));
                open = -1;
            }
            i += length;
        }
        if (open >= 0) {
            spans.add(unclosed(doc, open, contentStart, n));
        }
        return spans;
    }

    /** German „…“ (or „…”), »…« and French or Spanish «…» close with a mark that opens elsewhere. */
    private static boolean closes(char opener, char mark) {
        return switch (opener) {
            case '\u201E' -> mark == '\u201C' || mark == '\u201D';
            case '\u00AB' -> mark == '\u00BB';
            case '\u00BB' -> mark == '\u00AB';
            default -> false;
        };
    }

    /** Inside guillemets or German marks, the other kind of double mark quotes within the quotation: «il a dit “non”». */
    private static boolean closesOrNests(char opener, char mark) {
        if (closes(opener, mark)) {
            return true;
        }
        boolean curly = mark == '"' || mark == '\u201C' || mark == '\u201D' || mark == '\u201E';
        boolean guillemet = mark == '\u00AB' || mark == '\u00BB';
        return switch (opener) {
            case '\u00AB', '\u00BB' -> curly;
            case '\u201E' -> guillemet;
            default -> false;
        };
    }

    private static int markLength(String text, int i) {
        char c = text.charAt(i);
        if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB') {
            return 1;
        }
        if ((c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') || (c == '`' && i + 1 < text.length() && text.charAt(i + 1) == '`')) {
            return 2;
        }
        if (c == '\u2018') {
            return 1;
        }
        return 0;
    }

    private static Mark kind(String text, int i, boolean inside) {
        char c = text.charAt(i);
        switch (c) {
            case '\u201C', '\u201E', '\u00AB', '`':
                return Mark.OPEN;
            case '\u201D', '\u00BB':
                if (inside) {
                    return Mark.CLOSE;
                }
                // a closing mark typed at the start of a quotation still opens it
                return opensQuotation(text, i, 1) ? Mark.OPEN : Mark.NONE;
            case '\u2018':
                return !inside && opensQuotation(text, i, 1) ? Mark.SINGLE_OPEN : Mark.NONE;
            default:
                if (!inside && !opensQuotation(text, i, markLength(text, i)) && i > 0 && Character.isDigit(text.charAt(i - 1))) {
                    return Mark.NONE;
                }
                return Mark.STRAIGHT;
        }
    }

    /**
     * A mark opens when it follows a space, a line start or an opening bracket and precedes a word, or a spaced
     * ellipsis that marks words left out at the start of the quotation ("\u201C \u2026 and then").
     */
    private static boolean opensQuotation(String text, int i, int length) {
        char before = i == 0 ? ' ' : text.charAt(i - 1);
        char after = i + length < text.length() ? text.charAt(i + length) : ' ';
        boolean spaceBefore = Character.isWhitespace(before) || "([{\u2014\u2013-/:".indexOf(before) >= 0;
        return spaceBefore && (!Character.isWhitespace(after) || after == ' ' && ellipsisAt(text, i + length + 1));
    }

    private static boolean ellipsisAt(String text, int i) {
        return i < text.length() && (text.charAt(i) == '\u2026' || text.startsWith("...", i));
    }

    private static QuotedSpan closed(String text, int open, int contentStart, int close, int after) {
        return new QuotedSpan(open, contentStart, trimEnd(text, contentStart, close), after, true, false);
    }

    /** An opening mark without its closing one: the quotation ends with the sentence it opened in. */
    private static QuotedSpan unclosed(TokenizedText doc, int open, int contentStart, int limit) {
        int end = doc.sentenceEnd(contentStart, limit);
        return new QuotedSpan(open, contentStart, trimEnd(doc.text(), contentStart, end), end, false, false);
    }

    private static QuotedSpan unclosedAtLineEnd(TokenizedText doc, int open, int contentStart, int lineEnd) {
        String text = doc.text();
        int next = lineEnd;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        int length = next < text.length() ? markLength(text, next) : 0;
        boolean continues = length > 0 && text.charAt(next) != '\u201D' && opensQuotation(text, next, length);
        if (continues) {
            int end = trimEnd(text, contentStart, lineEnd);
            return new QuotedSpan(open, contentStart, end, end, false, true);
        }
        return unclosed(doc, open, contentStart, lineEnd);
    }

    /** The quoted words start after the spaces French and Spanish set inside their marks ("\u00AB Nous \u00BB"). */
    private static int contentFrom(String text, int from) {
        int start = from;
        while (start < text.length() && text.charAt(start) != '\n' && isSpace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /** A space, including the no-break spaces French sets inside guillemets. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static int trimEnd(String text, int from, int end) {
        while (end > from && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
