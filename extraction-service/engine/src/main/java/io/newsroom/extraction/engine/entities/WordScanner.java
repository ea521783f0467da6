package io.newsroom.extraction.engine.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts text into words for entity recognition: "U.S." and "Mr." keep their period, a possessive "'s" is its own
 * word, and hyphenated or dotted names ("Al-Jazeera", "St.Petersburg") stay whole. One pass, no regular expression.
 */
final class WordScanner {

    private static final Set<String> ABBREVIATIONS = LexiconFile.lowerCaseWords("abbreviations.txt");

    /** The last text scanned on this thread: the entity stages read the same article one after the other. */
    private static final ThreadLocal<List<Word>> LAST = new ThreadLocal<>();
    private static final ThreadLocal<String> LAST_TEXT = new ThreadLocal<>();

    private WordScanner() {
    }

    /** The words of {@code text}, unmodifiable; scanning the same string instance twice in a row costs nothing. */
    static List<Word> scan(String text) {
        if (LAST_TEXT.get() == text) {
            return LAST.get();
        }
        List<Word> words = List.copyOf(scanAnew(text));
        LAST_TEXT.set(text);
        LAST.set(words);
        return words;
    }

    private static List<Word> scanAnew(String text) {
        List<Word> words = new ArrayList<>(text.length() / 5 + 8);
        int line = 0;
        boolean sentenceStart = true;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                sentenceStart = true;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int end = wordEnd(text, i);
                int possessive = possessiveStart(text, i, end);
                if (possessive > i) {
                    words.add(word(text, i, possessive, line, sentenceStart));
                    words.add(word(text, possessive, end, line, false));
                } else {
                    words.add(word(text, i, end, line, sentenceStart));
                }
                sentenceStart = false;
                i = end;
            } else if (isApostrophe(c) && i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 == n || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                words.add(word(text, i, i + 2, line, false));
                sentenceStart = false;
                i += 2;
            } else {
                words.add(word(text, i, i + 1, line, false));
                if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == '\u201C') {
                    sentenceStart = c != ';' || sentenceStart;
                } else if (c != '(' && c != '\'' && c != '\u2018' && c != '\u201D' && c != '-' && c != '\u2014') {
                    sentenceStart = false;
                }
                i++;
            }
        }
        return words;
    }

    private static Word word(String text, int start, int end, int line, boolean sentenceStart) {
        String surface = text.substring(start, end);
        String key = surface.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return new Word(surface, key, start, end, line, sentenceStart);
    }

    private static int wordEnd(String text, int start) {
        int n = text.length();
        int i = start;
        while (true) {
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i + 1 < n && isJoiner(text.charAt(i)) && Character.isLetterOrDigit(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (i < n && text.charAt(i) == '.' && keepsPeriod(text, start, i)) {
                i++;
                if (i + 2 < n && text.charAt(i) == '-' && Character.isLetter(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
            }
            return i;
        }
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '\u2019' || c == '.' || c == '&';
    }

    /** An initial ("J."), a dotted acronym ("U.S.") or a known abbreviation keeps its final period. */
    private static boolean keepsPeriod(String text, int start, int end) {
        if (end - start == 1 && Character.isLetter(text.charAt(start))) {
            return true;
        }
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(word)) {
            return true;
        }
        return word.indexOf('.') > 0 && word.length() <= 6;
    }

    private static int possessiveStart(String text, int start, int end) {
        if (end - start > 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')) {
            char apostrophe = text.charAt(end - 2);
            if (isApostrophe(apostrophe)) {
                return end - 2;
            }
        }
        return start;
    }
}
