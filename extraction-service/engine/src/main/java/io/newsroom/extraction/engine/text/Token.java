package io.newsroom.extraction.engine.text;

import java.util.Locale;

/**
 * A word or punctuation token of the cleaned text, as the one tokenization ({@link SentenceSplitter}) cut it: made
 * once per document and read by every stage. Besides its offsets it carries what the stages ask of a word again and
 * again, computed once: its look-up key, its sentence and line, and its shape.
 *
 * @param text          the token's slice of the text
 * @param key           lower-cased form with typographic apostrophes folded, used for every lexicon look-up
 * @param sentence      index of its sentence
 * @param line          index of its text line (a run of characters up to a newline)
 * @param sentenceStart true for the first word of a sentence, a line, or a quotation (a cue the entity rules read)
 * @param shape         what {@link #isLetters()}, {@link #isCapitalized()} and the other shape questions answer, as
 *                      bits computed once from {@code text} ({@link #shapeOf})
 */
public record Token(String text, String key, int start, int end, int sentence, int line, boolean sentenceStart,
                    int shape) {

    private static final int LETTERS = 1;
    private static final int NUMBER = 1 << 1;
    private static final int WORD = 1 << 2;
    private static final int CAPITALIZED = 1 << 3;
    private static final int ALL_CAPS = 1 << 4;
    private static final int POSSESSIVE = 1 << 5;
    private static final int HAS_DIGIT = 1 << 6;

    /** A token with its shape computed from its text. */
    public Token(String text, String key, int start, int end, int sentence, int line, boolean sentenceStart) {
        this(text, key, start, end, sentence, line, sentenceStart, shapeOf(text));
    }

    /** A token with its key computed, on line 0 and opening no sentence: for tests and phrases. */
    public Token(String text, int start, int end, int sentence) {
        this(text, keyOf(text), start, end, sentence, 0, false);
    }

    /** The shape bits of a token's text: read once, asked by every stage. */
    static int shapeOf(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        char c = text.charAt(0);
        int first = text.codePointAt(0);
        int shape = 0;
        boolean letter = c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : Character.isLetter(first);
        boolean word = c < 0x80 ? letter || (c >= '0' && c <= '9') : Character.isLetterOrDigit(first);
        shape |= letter ? LETTERS : 0;
        shape |= word ? WORD : 0;
        shape |= Character.isDigit(c) ? NUMBER : 0;
        shape |= (c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(first) || Character.isTitleCase(first))
                ? CAPITALIZED : 0;
        boolean anyLetter = false;
        boolean lower = false;
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char d = text.charAt(i);
            lower |= Character.isLowerCase(d);
            anyLetter |= Character.isLetter(d);
            digit |= Character.isDigit(d);
        }
        shape |= anyLetter && !lower ? ALL_CAPS : 0;
        shape |= digit ? HAS_DIGIT : 0;
        shape |= text.length() == 2 && (c == '\'' || c == '\u2019') && (text.charAt(1) == 's' || text.charAt(1) == 'S')
                ? POSSESSIVE : 0;
        return shape;
    }

    /** The key of a surface form: lower case, typographic apostrophe folded; the surface itself when nothing changes. */
    public static String keyOf(String surface) {
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (c == '\u2019' || (c < 0x80 ? c >= 'A' && c <= 'Z' : Character.toLowerCase(c) != c || c >= 0xD800)) {
                return c < 0x80 ? asciiLowerCase(surface, i) : surface.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            }
        }
        return surface;
    }

    /** The key of a surface that needs none of its chars before {@code from} changed: one copy when the rest is ASCII. */
    private static String asciiLowerCase(String surface, int from) {
        char[] chars = surface.toCharArray();
        for (int i = from; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 0x80) {
                return surface.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            }
            if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c + ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    /** {@code text().toLowerCase(Locale.ROOT)}, without a new string when the key is that already (no apostrophe folded). */
    public String lowerCase() {
        return key.indexOf('\'') < 0 ? key : text.toLowerCase(Locale.ROOT);
    }

    /** Opens with an upper-case or title-case letter. */
    public boolean isCapitalized() {
        return (shape & CAPITALIZED) != 0;
    }

    /** Has a letter and no lower-case one: "NATO", "U.S.". */
    public boolean isAllCaps() {
        return (shape & ALL_CAPS) != 0;
    }

    /** Opens with a letter. */
    public boolean isLetters() {
        return (shape & LETTERS) != 0;
    }

    /** Opens with a digit. */
    public boolean isNumber() {
        return (shape & NUMBER) != 0;
    }

    /** Opens with a letter or a digit. */
    public boolean isWord() {
        return (shape & WORD) != 0;
    }

    /** Has a digit anywhere: "Q2", "F-16", "2025". */
    public boolean hasDigit() {
        return (shape & HAS_DIGIT) != 0;
    }

    public boolean isPunctuation() {
        return !isWord();
    }

    /** The possessive "'s" (or "’s"), a token of its own after its word. */
    public boolean isPossessive() {
        return (shape & POSSESSIVE) != 0;
    }

    /** A word, or the possessive that belongs to the word before it. */
    public boolean isWordOrPossessive() {
        return isWord() || isPossessive();
    }

    /** Only marks that end a sentence: ".", "!", "?", "...", "?!". */
    public boolean isSentenceMark() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                return false;
            }
        }
        return true;
    }

    /** A full stop: "." or a run of marks that opens with one ("...", ".?"). */
    public boolean isFullStop() {
        return text.charAt(0) == '.' && isSentenceMark();
    }

    /** Whether its key is {@code lowerCase}. */
    public boolean is(String lowerCase) {
        return key.equals(lowerCase);
    }
}
