package io.newsroom.extraction.engine.entities;

/**
 * A word or punctuation mark as the entity stages see it, with its offsets into the cleaned text.
 *
 * @param key           lower-cased form with typographic apostrophes folded, used for every lexicon look-up
 * @param line          index of the text line (a blank-free run of characters up to a newline)
 * @param sentenceStart true for the first word of a sentence, a line, or a quotation
 */
record Word(String text, String key, int start, int end, int line, boolean sentenceStart) {

    boolean isCapitalized() {
        char c = text.charAt(0);
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z';
        }
        int first = text.codePointAt(0);
        return Character.isUpperCase(first) || Character.isTitleCase(first);
    }

    boolean isAllCaps() {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    boolean isLetters() {
        char c = text.charAt(0);
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return Character.isLetter(text.codePointAt(0));
    }

    boolean isNumber() {
        return Character.isDigit(text.charAt(0));
    }

    boolean is(String lowerCase) {
        return key.equals(lowerCase);
    }

    boolean isPunctuation() {
        return !Character.isLetterOrDigit(text.codePointAt(0));
    }
}
