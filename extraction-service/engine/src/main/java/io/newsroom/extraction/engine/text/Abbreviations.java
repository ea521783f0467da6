package io.newsroom.extraction.engine.text;

/**
 * The engine's one list of abbreviations that keep their final period (lexicon files beside this class), looked up
 * by a slice of the text so that no string is built for the look-up.
 */
public final class Abbreviations {

    /** Abbreviations before a name, number or date ("Mr.", "Sept."): never the end of a sentence. */
    private static final CharSliceSet TITLES = new CharSliceSet(Lexicon.words(Abbreviations.class, "abbreviations-titles.txt"));
    /** Abbreviations that can close a sentence too ("Inc.", "Calif."). */
    private static final CharSliceSet ENDING = new CharSliceSet(Lexicon.words(Abbreviations.class, "abbreviations-ending.txt"));

    private Abbreviations() {
    }

    /** {@code text[start, end)}, written without its period, is a title-like abbreviation ("Gov", "Sept"). */
    public static boolean isTitle(CharSequence text, int start, int end) {
        return TITLES.contains(text, start, end);
    }

    /** {@code text[start, end)}, written without its period, is an abbreviation of either kind. */
    public static boolean isAbbreviation(CharSequence text, int start, int end) {
        return TITLES.contains(text, start, end) || ENDING.contains(text, start, end);
    }

    /** {@code word}, without its period, is an abbreviation of either kind. */
    public static boolean isAbbreviation(String word) {
        return isAbbreviation(word, 0, word.length());
    }

}
