package io.newsroom.extraction.engine;

import io.newsroom.extraction.engine.model.ArticleMetadata;
import io.newsroom.extraction.engine.model.DateMention;
import io.newsroom.extraction.engine.model.DurationMention;
import io.newsroom.extraction.engine.model.Entity;
import io.newsroom.extraction.engine.model.EntityType;
import io.newsroom.extraction.engine.model.ExtractionDocument;
import io.newsroom.extraction.engine.model.Quantity;
import io.newsroom.extraction.engine.model.Quote;
import io.newsroom.extraction.engine.model.Sentence;
import io.newsroom.extraction.engine.model.SourceCitation;
import io.newsroom.extraction.engine.model.StageWarning;
import io.newsroom.extraction.engine.text.Token;
import io.newsroom.extraction.engine.text.TokenizedText;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * The working state of one article while the pipeline runs. Each stage reads what earlier stages wrote
 * and fills its own fields; {@link #toDocument(String)} freezes the result.
 */
public final class ArticleAnalysis {

    private final ExtractionRequest request;

    public ArticleMetadata metadata = ArticleMetadata.empty();
    /** Cleaned main text; every offset in the result points into it. Set by the input normaliser. */
    public String text = "";
    public final List<String> boilerplate = new ArrayList<>();
    public final List<Sentence> sentences = new ArrayList<>();
    public final List<Token> tokens = new ArrayList<>();
    public final List<Entity> entities = new ArrayList<>();
    public final List<Quote> quotes = new ArrayList<>();
    public final List<SourceCitation> sources = new ArrayList<>();
    public final List<DateMention> dates = new ArrayList<>();
    public final List<DurationMention> durations = new ArrayList<>();
    public final List<Quantity> quantities = new ArrayList<>();
    public final List<String> keywords = new ArrayList<>();
    public final List<String> summary = new ArrayList<>();
    /** Stages not applied to this document (such as the English-only ones on another language), in pipeline order. */
    public final List<String> stagesSkipped = new ArrayList<>();
    /** Stages that failed on this document; what they had added before failing may be incomplete. */
    public final List<StageWarning> warnings = new ArrayList<>();

    private final Map<Object, Object> shared = new HashMap<>(4);
    private int[] sentenceStarts;
    private int indexedTokens = -1;

    public ArticleAnalysis(ExtractionRequest request) {
        this.request = request;
    }

    public ExtractionRequest request() {
        return request;
    }

    /** Creates an entity with the next free id ({@code e1}, {@code e2}, ...) and adds it to the analysis. */
    public Entity newEntity(EntityType type, String name) {
        Entity entity = new Entity("e" + (entities.size() + 1), type, name);
        entities.add(entity);
        return entity;
    }

    /**
     * The text with its sentences and tokens and the look-ups over them, made once when first asked for; a text that
     * was not split (a test's sentence) is split here, as the sentences stage would.
     */
    public TokenizedText tokenized() {
        return shared(TokenizedText.class, analysis -> analysis.tokens.isEmpty()
                ? TokenizedText.of(analysis.text) : new TokenizedText(analysis.text, analysis.sentences, analysis.tokens));
    }

    /** The tokens of one sentence, in order (a read-only view of {@link #tokens}; tokens are stored sentence by sentence). */
    public List<Token> tokensOf(Sentence sentence) {
        return new TokenRange(tokens, firstTokenOf(sentence.index()), firstTokenOf(sentence.index() + 1));
    }

    /** The index in {@link #tokens} of the sentence's first token (its end when the sentence has none). */
    public int firstTokenOf(Sentence sentence) {
        return firstTokenOf(sentence.index());
    }

    /**
     * A value computed from this analysis once and shared by the stages that read it (such as an index of its
     * words); {@code key} names it. Compute only from fields that no later stage changes.
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(Object key, Function<ArticleAnalysis, T> compute) {
        Object value = shared.get(key);
        if (value == null) {
            value = compute.apply(this);
            shared.put(key, value);
        }
        return (T) value;
    }

    private int firstTokenOf(int sentenceIndex) {
        if (sentenceStarts == null || indexedTokens != tokens.size()) {
            indexSentences();
        }
        return sentenceIndex < sentenceStarts.length ? sentenceStarts[sentenceIndex] : tokens.size();
    }

    /** Where each sentence's tokens start, so that a sentence's tokens are found without a search. */
    private void indexSentences() {
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
        sentenceStarts = starts;
        indexedTokens = size;
    }

    private static final class TokenRange extends AbstractList<Token> implements RandomAccess {

        private final List<Token> tokens;
        private final int from;
        private final int size;

        TokenRange(List<Token> tokens, int from, int to) {
            this.tokens = tokens;
            this.from = from;
            this.size = Math.max(0, to - from);
        }

        @Override
        public Token get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            return tokens.get(from + index);
        }

        @Override
        public int size() {
            return size;
        }
    }

    ExtractionDocument toDocument(String extractorVersion) {
        return new ExtractionDocument(request.document(), extractorVersion, metadata, text,
                List.copyOf(boilerplate), List.copyOf(entities), List.copyOf(quotes), List.copyOf(sources),
                List.copyOf(dates), List.copyOf(durations), List.copyOf(quantities), List.copyOf(keywords),
                List.copyOf(summary), List.copyOf(stagesSkipped), List.copyOf(warnings));
    }
}
