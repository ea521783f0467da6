package io.newsroom.extraction.engine.text;

import io.newsroom.extraction.engine.model.Sentence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Splits the cleaned text into paragraphs, sentences and tokens in one linear pass.
 * Paragraphs end at blank lines and at line breaks (page copies put one paragraph on a line), except where a line
 * is plainly wrapped mid-sentence. Abbreviations ("U.S.", "Gov.", "Corp.", "a.m."), initials ("J. Smith"),
 * decimals and thousands separators do not end a sentence; closing quotes after the final mark stay with it;
 * a quote closed by "!" or "?" and followed by "he said" stays one sentence with its attribution.
 */
public final class SentenceSplitter {

    /** Capitalised words that usually open a sentence: after an ending abbreviation they mark a new one. */
    private static final CharSliceSet SENTENCE_OPENERS =
            new CharSliceSet(Lexicon.words(SentenceSplitter.class, "sentence-openers.txt"));

    /** The tokens of a short text such as a lexicon phrase, cut as an article's are. */
    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        split(text, new ArrayList<>(), tokens);
        return tokens;
    }

    /** Appends the sentences and tokens of {@code text} to the two lists. */
    public static void split(String text, List<Sentence> sentences, List<Token> tokens) {
        new Run(text, sentences, tokens).paragraphs();
    }

    private static final class Run {

        private final String text;
        private final List<Sentence> sentences;
        private final List<Token> tokens;
        /** Token spans of the current paragraph. */
        private int[] starts = new int[256];
        private int[] ends = new int[256];
        private int count;
        private int paragraph;
        /** Line count up to {@code lineCursor}, and whether the next word opens a sentence for the entity rules. */
        private int line;
        private int lineCursor;
        private boolean opens = true;

        Run(String text, List<Sentence> sentences, List<Token> tokens) {
            this.text = text;
            this.sentences = sentences;
            this.tokens = tokens;
        }

        void paragraphs() {
            int length = text.length();
            int start = 0;
            int i = 0;
            while (i < length) {
                char c = text.charAt(i);
                if (c != '\n' && c != '\u2028' && c != '\u2029') {
                    i++;
                    continue;
                }
                int next = i + 1;
                boolean blank = c == '\u2029';
                while (next < length && isBlankSpace(text.charAt(next)) || next < length && isLineBreak(text.charAt(next))) {
                    blank |= isLineBreak(text.charAt(next));
                    next++;
                }
                if (blank || next == length || !isWrappedLine(i, next)) {
                    paragraph(start, i);
                    start = next;
                }
                i = next;
            }
            paragraph(start, length);
        }

        /** A line that ends inside a sentence and continues in lower case was wrapped, not ended. */
        private boolean isWrappedLine(int lineBreak, int nextLineStart) {
            int last = lineBreak - 1;
            while (last >= 0 && isBlankSpace(text.charAt(last))) {
                last--;
            }
            if (last < 0) {
                return false;
            }
            char before = text.charAt(last);
            char after = text.charAt(nextLineStart);
            return (Character.isLetterOrDigit(before) || before == ',' || before == ';')
                    && Character.isLowerCase(after);
        }

        private void paragraph(int from, int to) {
            count = 0;
            tokenize(from, to);
            if (count == 0) {
                return;
            }
            int sentenceStart = 0;
            for (int k = 0; k < count; k++) {
                int last = endOfSentenceAt(k);
                if (last >= 0) {
                    emitSentence(sentenceStart, last);
                    sentenceStart = last + 1;
                    k = last;
                }
            }
            if (sentenceStart < count) {
                emitSentence(sentenceStart, count - 1);
            }
            paragraph++;
        }

        /** When token k ends a sentence, the index of the sentence's last token (closing quotes included); else -1. */
        private int endOfSentenceAt(int k) {
            int start = starts[k];
            int end = ends[k];
            char first = text.charAt(start);
            char lastChar = text.charAt(end - 1);
            boolean terminal = first == '.' || first == '!' || first == '?' || first == '\u2026';
            boolean abbreviation = !terminal && lastChar == '.' && end - start > 1;
            if (!terminal && !abbreviation) {
                return -1;
            }
            int last = k;
            while (last + 1 < count && starts[last + 1] == ends[last] && isCloser(text.charAt(starts[last + 1]))) {
                last++;
            }
            if (last + 1 == count) {
                return last;
            }
            int next = starts[last + 1];
            char following = text.charAt(next);
            if (abbreviation) {
                if (isTitleOrInitial(start, end - 1)) {
                    return -1;
                }
                return isOpeningQuote(following) || SENTENCE_OPENERS.contains(text, starts[last + 1], ends[last + 1]) ? last : -1;
            }
            if (Character.isLowerCase(following) || following == ',' || following == ';' || following == ':'
                    || following == ')' || following == '-' && ends[last + 1] - next == 1) {
                return -1;
            }
            boolean ellipsis = first == '\u2026' || end - start >= 3 && text.startsWith("...", start);
            if (ellipsis && !Character.isUpperCase(following) && !isOpeningQuote(following)) {
                return -1;
            }
            return last;
        }

        private boolean isTitleOrInitial(int start, int end) {
            if (end - start == 1) {
                return Character.isUpperCase(text.charAt(start));
            }
            return Abbreviations.isTitle(text, start, end);
        }

        private void emitSentence(int firstToken, int lastToken) {
            int index = sentences.size();
            sentences.add(new Sentence(index, starts[firstToken], ends[lastToken], paragraph));
            for (int k = firstToken; k <= lastToken; k++) {
                emitToken(starts[k], ends[k], index);
            }
        }

        /**
         * Adds the token with its line and whether it opens a sentence for the entity rules: the first word of the
         * text, of a line, or after a mark that ends a clause or opens a quotation.
         */
        private void emitToken(int start, int end, int sentence) {
            for (; lineCursor < start; lineCursor++) {
                if (text.charAt(lineCursor) == '\n') {
                    line++;
                    opens = true;
                }
            }
            char c = text.charAt(start);
            boolean word = isWordChar(text.codePointAt(start));
            boolean possessive = !word && end - start == 2 && (c == '\'' || c == '\u2019');
            String surface = text.substring(start, end);
            tokens.add(new Token(surface, Token.keyOf(surface), start, end, sentence, line, word && opens));
            if (word || possessive) {
                opens = false;
            } else if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\u201C') {
                opens = true;
            } else if (c != ';' && c != '(' && c != '\'' && c != '\u2018' && c != '\u201D' && c != '-' && c != '\u2014') {
                opens = false;
            }
        }

        private void tokenize(int from, int to) {
            int i = from;
            while (i < to) {
                int c = text.codePointAt(i);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B') {
                    i += Character.charCount(c);
                } else if (isWordChar(c)) {
                    i = add(i, scanWord(i, to));
                } else if (c == '.' || c == '!' || c == '?') {
                    int j = i + 1;
                    while (j < to && (text.charAt(j) == '.' || text.charAt(j) == '!' || text.charAt(j) == '?')) {
                        j++;
                    }
                    i = add(i, j);
                } else if ((c == '\'' || c == '\u2019') && isApostropheS(i, to)) {
                    i = add(i, i + 2);
                } else if (c == '-' && i + 1 < to && text.charAt(i + 1) == '-') {
                    int j = i + 1;
                    while (j < to && text.charAt(j) == '-') {
                        j++;
                    }
                    i = add(i, j);
                } else {
                    i = add(i, i + Character.charCount(c));
                }
            }
        }

        /**
         * The end of the word starting at {@code i}: letters and digits joined by apostrophes, hyphens, "&", decimal
         * and thousands marks, and the periods of dotted names ("U.S", "St.Petersburg", "example.com"); then a final
         * period when it belongs to the word ("U.S.", "J.", "Gov.", "U.S.-led").
         */
        private int scanWord(int i, int to) {
            int segmentStart = i;
            int j = skipWordChars(i, to);
            while (j < to) {
                char c = text.charAt(j);
                boolean nextIsWord = j + 1 < to && isWordChar(text.codePointAt(j + 1));
                if ((c == '\'' || c == '\u2019') && nextIsWord && !isPossessive(j, to)) {
                    j = skipWordChars(j + 1, to);
                } else if ((c == '-' || c == '\u2010' || c == '&') && nextIsWord) {
                    segmentStart = j + 1;
                    j = skipWordChars(j + 1, to);
                } else if (c == ',' && j + 1 < to && Character.isDigit(text.charAt(j - 1))
                        && Character.isDigit(text.charAt(j + 1))) {
                    j = skipWordChars(j + 1, to);
                } else if (c == '.' && nextIsWord && isDottedName(segmentStart, j)) {
                    j = skipWordChars(j + 1, to);
                } else if (c == '.' && keepsPeriod(i, segmentStart, j, to)) {
                    j++;
                    if (j + 2 < to && text.charAt(j) == '-' && Character.isLetter(text.charAt(j + 1))) {
                        segmentStart = j + 1;
                        j = skipWordChars(j + 1, to);
                    } else {
                        return j;
                    }
                } else {
                    return j;
                }
            }
            return j;
        }

        /**
         * A period inside a word joins it when a digit or a lower-case part follows ("3.5", "example.com") or when
         * what precedes is a short dotted part ("U.S", "St.Petersburg"); "said.The" is two sentences run together.
         */
        private boolean isDottedName(int segmentStart, int period) {
            char after = text.charAt(period + 1);
            return Character.isDigit(after) || Character.isLowerCase(after) || period - lastPart(segmentStart, period) <= 2;
        }

        /** Where the part of the word after its last period starts. */
        private int lastPart(int segmentStart, int period) {
            int k = period;
            while (k > segmentStart && text.charAt(k - 1) != '.') {
                k--;
            }
            return k;
        }

        /** A period after a word belongs to it after an initial, a dotted acronym ("U.S.", "a.m.") or an abbreviation. */
        private boolean keepsPeriod(int wordStart, int segmentStart, int period, int to) {
            if (period + 1 < to && text.charAt(period + 1) == '.') {
                return false;
            }
            if (period - segmentStart == 1 && Character.isLetter(text.charAt(segmentStart))) {
                return Character.isUpperCase(text.charAt(segmentStart)) || isAbbreviation(segmentStart, period)
                        || segmentStart > wordStart;
            }
            if (text.lastIndexOf('.', period - 1) >= segmentStart && period - segmentStart <= 6
                    && Character.isLetter(text.charAt(period - 1))) {
                return true;
            }
            return isAbbreviation(segmentStart, period);
        }

        private boolean isAbbreviation(int start, int end) {
            return Abbreviations.isAbbreviation(text, start, end);
        }

        private int skipWordChars(int i, int to) {
            while (i < to) {
                int c = text.codePointAt(i);
                if (!isWordChar(c)) {
                    break;
                }
                i += Character.charCount(c);
            }
            return i;
        }

        /** "'s" before a non-letter, a token of its own: the possessive, also when tokenized text spaces it off. */
        private boolean isApostropheS(int apostrophe, int to) {
            if (apostrophe + 1 >= to) {
                return false;
            }
            char s = text.charAt(apostrophe + 1);
            return (s == 's' || s == 'S') && (apostrophe + 2 >= to || !isWordChar(text.codePointAt(apostrophe + 2)));
        }

        /** "'s" right after a word and before a non-letter: the possessive, a token of its own. */
        private boolean isPossessive(int apostrophe, int to) {
            if (apostrophe == 0 || !Character.isLetterOrDigit(text.charAt(apostrophe - 1)) || apostrophe + 1 >= to) {
                return false;
            }
            char s = text.charAt(apostrophe + 1);
            return (s == 's' || s == 'S') && (apostrophe + 2 >= to || !isWordChar(text.codePointAt(apostrophe + 2)));
        }

        private int add(int start, int end) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ends[count] = end;
            count++;
            return end;
        }
    }

    private static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isBlankSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\u00A0' || c == '\f' || c == '\u000B';
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == '\u00BB' || c == ')' || c == ']';
    }

    private static boolean isOpeningQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u2018' || c == '\u00AB' || c == '\'';
    }
}
