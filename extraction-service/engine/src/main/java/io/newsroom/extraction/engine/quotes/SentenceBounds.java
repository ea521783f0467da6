package io.newsroom.extraction.engine.quotes;

/**
 * Where the sentence around a quote starts and ends. Quotes need this before and after the quotation marks,
 * across sentences the marks enclose; each call looks only between the bounds it is given.
 */
final class SentenceBounds {

    private SentenceBounds() {
    }

    /** Start of the sentence holding {@code pos}, not before {@code floor}: after a sentence end or a line break. */
    static int start(String text, int pos, int floor) {
        int i = pos - 1;
        while (i >= floor) {
            char c = text.charAt(i);
            if (c == '\n') {
                break;
            }
            if ((c == '.' || c == '!' || c == '?') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))
                    && endsSentence(text, i)) {
                break;
            }
            i--;
        }
        int start = Math.max(i + 1, floor);
        while (start < pos && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /**
     * End (exclusive, after the final mark and any closing quotation mark) of the sentence running at {@code from},
     * not after {@code limit}; a line break ends a sentence too.
     */
    static int end(String text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return trimEnd(text, from, i);
            }
            if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                int end = i + 1;
                while (end < limit && (text.charAt(end) == '.' || text.charAt(end) == '!' || text.charAt(end) == '?')) {
                    end++;
                }
                if (end >= limit || Character.isWhitespace(text.charAt(end))) {
                    return end;
                }
            }
        }
        return trimEnd(text, from, limit);
    }

    private static int trimEnd(String text, int from, int end) {
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    static boolean isAbbreviation(String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0)) || word.indexOf('.') > 0
                || io.newsroom.extraction.engine.text.Abbreviations.isAbbreviation(word) || isPartyAndState(word);
    }

    private static boolean isPartyAndState(String word) {
        return word.length() <= 6 && word.length() >= 4 && word.charAt(1) == '-' && Character.isUpperCase(word.charAt(0))
                && Character.isUpperCase(word.charAt(2));
    }

    /** A "." ends a sentence unless it closes an abbreviation or an initial. */
    static boolean endsSentence(String text, int dot) {
        if (text.charAt(dot) != '.') {
            return true;
        }
        int wordStart = dot;
        while (wordStart > 0 && (Character.isLetterOrDigit(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        if (wordStart == dot) {
            return true;
        }
        String word = text.substring(wordStart, dot);
        if (!isAbbreviation(word)) {
            return true;
        }
        int next = dot + 1;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        // "U.S." before a lower-case word or a name continues the sentence; before a new paragraph it ends it
        return next >= text.length() || text.charAt(next) == '\n';
    }
}
