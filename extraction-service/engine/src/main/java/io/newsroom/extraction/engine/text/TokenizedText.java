package io.newsroom.extraction.engine.text;

import io.newsroom.extraction.engine.model.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * A text with the sentences and tokens that the one tokenization ({@link SentenceSplitter}) cut from it, and look-ups
 * by offset over them: the tokens wholly inside a stretch, the sentence around an offset. Made once per document;
 * read-only.
 */
public final class TokenizedText {

    private final String text;
    private final List<Sentence> sentences;
    private final List<Token> tokens;
    private final int[] tokenStarts;
    /** Index of each sentence's first token, and the token count at the end; tokens are stored sentence by sentence. */
    private final int[] sentenceStarts;

    public TokenizedText(String text, List<Sentence> sentences, List<Token> tokens) {
        this.text = text;
        this.sentences = List.copyOf(sentences);
        this.tokens = List.copyOf(tokens);
        this.tokenStarts = new int[this.tokens.size()];
        for (int i = 0; i < tokenStarts.length; i++) {
            tokenStarts[i] = this.tokens.get(i).start();
        }
        this.sentenceStarts = sentenceStarts(this.tokens);
    }

    /** The text with no sentences or tokens: what the later stages read when it could not be split. */
    public static TokenizedText unsplit(String text) {
        return new TokenizedText(text, List.of(), List.of());
    }

    /** Cuts {@code text} (a short text such as a test's sentence, or an article not split before). */
    public static TokenizedText of(String text) {
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        SentenceSplitter.split(text, sentences, tokens);
        return new TokenizedText(text, sentences, tokens);
    }

    public String text() {
        return text;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** The tokens of one sentence, in order (a view of {@link #tokens()}). */
    public List<Token> tokensOf(Sentence sentence) {
        return tokens.subList(firstTokenOf(sentence), firstTokenOf(sentence.index() + 1));
    }

    /** The index in {@link #tokens()} of the sentence's first token (its end when the sentence has none). */
    public int firstTokenOf(Sentence sentence) {
        return firstTokenOf(sentence.index());
    }

    private int firstTokenOf(int sentenceIndex) {
        return sentenceIndex < sentenceStarts.length ? sentenceStarts[sentenceIndex] : tokens.size();
    }

    private static int[] sentenceStarts(List<Token> tokens) {
        int size = tokens.size();
        int sentenceCount = size == 0 ? 0 : tokens.get(size - 1).sentence() + 1;
        int[] starts = new int[sentenceCount + 1];
        int next = 0;
        for (int t = 0; t < size; t++) {
            int sentence = tokens.get(t).sentence();
            while (next <= sentence) {
                starts[next++] = t;
            }
        }
        while (next < starts.length) {
            starts[next++] = size;
        }
        return starts;
    }

    /** The tokens wholly inside {@code text[from, to)}, in order (a view of {@link #tokens()}). */
    public List<Token> between(int from, int to) {
        int first = firstAtOrAfter(from);
        int last = first;
        while (last < tokenStarts.length && tokens.get(last).end() <= to) {
            last++;
        }
        return tokens.subList(first, last);
    }

    /** Index of the first token starting at or after {@code offset} ({@code tokens().size()} when none does). */
    public int firstAtOrAfter(int offset) {
        int low = 0;
        int high = tokenStarts.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokenStarts[mid] < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * Where the sentence holding {@code offset} starts, not before {@code floor}: {@code offset} itself when only blank
     * space lies between them.
     */
    public int sentenceStart(int offset, int floor) {
        Sentence sentence = sentenceAt(offset);
        int start = Math.max(floor, sentence != null && sentence.start() <= offset ? sentence.start() : offset);
        while (start < offset && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /**
     * Where the sentence running at {@code from} ends (after its final mark and closing quotation marks), or
     * {@code limit} with the blank space before it trimmed when the sentence runs past it.
     */
    public int sentenceEnd(int from, int limit) {
        Sentence sentence = sentenceAt(from);
        if (sentence != null && sentence.end() <= limit) {
            return sentence.end();
        }
        int end = limit;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /**
     * The sentence holding {@code offset}, else the first one after it (offsets between sentences belong to the
     * next); null past the last sentence.
     */
    public Sentence sentenceAt(int offset) {
        int low = 0;
        int high = sentences.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sentences.get(mid).end() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low < sentences.size() ? sentences.get(low) : null;
    }
}
