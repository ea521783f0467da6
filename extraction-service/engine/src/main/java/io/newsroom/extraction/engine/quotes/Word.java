package io.newsroom.extraction.engine.quotes;

import io.newsroom.extraction.engine.ArticleAnalysis;
import io.newsroom.extraction.engine.text.Abbreviations;
import io.newsroom.extraction.engine.text.SentenceSplitter;
import io.newsroom.extraction.engine.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A word or punctuation mark as the quote rules read it: a token of the document's one tokenization, with a
 * possessive kept on its word ("the mayor's"), words joined by a slash or a period kept whole ("and/or") and each
 * mark of a run ("...", "--") on its own. {@code lower} is the lower-cased text.
 */
record Word(String text, String lower, int start, int end) {

    /** The words of the article the quote rules read on this thread, from its tokens. */
    private static final ThreadLocal<Document> ARTICLE = new ThreadLocal<>();
    /** The words of the last other text read on this thread (a test's sentence), tokenized for it. */
    private static final ThreadLocal<Document> OTHER = new ThreadLocal<>();

    boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    boolean isCapitalized() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    boolean is(String other) {
        return text.equalsIgnoreCase(other);
    }

    /** True when a "." right after {@code word} belongs to it ("Mr.", "U.S.", "J.") rather than ending a sentence. */
    static boolean isAbbreviation(String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0)) || word.indexOf('.') > 0
                || Abbreviations.isAbbreviation(word) || isPartyAndState(word);
    }

    /** "R-Ky", "D-Md": party and state after a lawmaker's name. */
    private static boolean isPartyAndState(String word) {
        return word.length() <= 6 && word.length() >= 4 && word.charAt(1) == '-' && Character.isUpperCase(word.charAt(0))
                && Character.isUpperCase(word.charAt(2));
    }

    /**
     * Reads the quote words of the analysis from its tokens, so that {@link #scan} never cuts its text again; it
     * replaces the article read before on this thread (only one is held).
     */
    static void use(ArticleAnalysis analysis) {
        ARTICLE.set(analysis.tokens.isEmpty() ? null : new Document(analysis.text, analysis.tokens));
        OTHER.remove();
    }

    /** The words and punctuation marks wholly inside {@code text[from, to)}. */
    static List<Word> scan(String text, int from, int to) {
        Document document = ARTICLE.get();
        if (document == null || document.text != text) {
            document = OTHER.get();
        }
        if (document == null || document.text != text) {
            document = new Document(text, SentenceSplitter.tokens(text));
            OTHER.set(document);
        }
        return document.between(from, to);
    }

    /** The quote words of one text, in order, with their start offsets for a binary search. */
    private static final class Document {

        private final String text;
        private final List<Word> words;
        private final int[] starts;

        Document(String text, List<Token> tokens) {
            this.text = text;
            List<Word> read = new ArrayList<>(tokens.size());
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                Word last = read.isEmpty() ? null : read.get(read.size() - 1);
                if (last != null && last.end == token.start() && joinsLast(last, token)) {
                    read.set(read.size() - 1, word(last.start, token.end()));
                } else if (last != null && last.end == token.start() && joinsTwo(last, tokens, i)) {
                    read.set(read.size() - 1, word(last.start, tokens.get(++i).end()));
                } else if (isMarkRun(token.text())) {
                    for (int k = token.start(); k < token.end(); k++) {
                        read.add(word(k, k + 1));
                    }
                } else {
                    String surface = token.text();
                    String lower = surface.indexOf('\u2019') < 0 ? token.key() : surface.toLowerCase(Locale.ROOT);
                    read.add(new Word(surface, lower, token.start(), token.end()));
                }
            }
            this.words = Collections.unmodifiableList(read);
            this.starts = new int[read.size()];
            for (int k = 0; k < starts.length; k++) {
                starts[k] = read.get(k).start;
            }
        }

        /** A possessive ("mayor's") or a second apostrophe ("''") right after {@code last} belongs to it. */
        private static boolean joinsLast(Word last, Token token) {
            String surface = token.text();
            char first = surface.charAt(0);
            if (surface.length() == 2 && (first == '\'' || first == '\u2019')) {
                return endsWithWordChar(last);
            }
            return first == '\'' && surface.length() == 1 && last.text.equals("'");
        }

        /** A slash, period, hyphen or ampersand between {@code last} and the next word joins the two ("and/or"). */
        private static boolean joinsTwo(Word last, List<Token> tokens, int i) {
            Token token = tokens.get(i);
            return isJoiner(token) && endsWithWordChar(last) && i + 1 < tokens.size()
                    && tokens.get(i + 1).start() == token.end()
                    && Character.isLetterOrDigit(tokens.get(i + 1).text().codePointAt(0));
        }

        private static boolean endsWithWordChar(Word word) {
            return Character.isLetterOrDigit(word.text.charAt(word.text.length() - 1));
        }

        private static boolean isJoiner(Token token) {
            return token.text().length() == 1 && "'\u2019.-&/".indexOf(token.text().charAt(0)) >= 0;
        }

        /** "...", "?!" and "--": the quote rules read each mark. */
        private static boolean isMarkRun(String surface) {
            if (surface.length() < 2) {
                return false;
            }
            for (int k = 0; k < surface.length(); k++) {
                if (".!?-".indexOf(surface.charAt(k)) < 0) {
                    return false;
                }
            }
            return true;
        }

        private Word word(int start, int end) {
            String surface = text.substring(start, end);
            return new Word(surface, surface.toLowerCase(Locale.ROOT), start, end);
        }

        List<Word> between(int from, int to) {
            int first = firstAtOrAfter(from);
            int last = first;
            while (last < starts.length && words.get(last).end <= to) {
                last++;
            }
            return words.subList(first, last);
        }

        private int firstAtOrAfter(int offset) {
            int index = Arrays.binarySearch(starts, offset);
            return index >= 0 ? index : -index - 1;
        }
    }
}
