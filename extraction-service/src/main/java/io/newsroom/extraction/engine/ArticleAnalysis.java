package io.newsroom.extraction.engine;

import io.newsroom.extraction.engine.model.ArticleMetadata;
import io.newsroom.extraction.engine.model.DateMention;
import io.newsroom.extraction.engine.model.Entity;
import io.newsroom.extraction.engine.model.EntityType;
import io.newsroom.extraction.engine.model.ExtractionDocument;
import io.newsroom.extraction.engine.model.Quantity;
import io.newsroom.extraction.engine.model.Quote;
import io.newsroom.extraction.engine.model.Sentence;
import io.newsroom.extraction.engine.model.SourceCitation;
import io.newsroom.extraction.engine.model.Token;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
    public final List<Quantity> quantities = new ArrayList<>();
    public final List<String> keywords = new ArrayList<>();
    public final List<String> summary = new ArrayList<>();

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

    /** The tokens of one sentence, in order (a view of {@link #tokens}; tokens are stored sentence by sentence). */
    public List<Token> tokensOf(Sentence sentence) {
        int from = firstTokenOf(sentence.index());
        int to = firstTokenOf(sentence.index() + 1);
        return Collections.unmodifiableList(tokens.subList(from, to));
    }

    private int firstTokenOf(int sentenceIndex) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (tokens.get(middle).sentence() < sentenceIndex) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    ExtractionDocument toDocument(String extractorVersion) {
        return new ExtractionDocument(request.document(), extractorVersion, metadata, text,
                List.copyOf(boilerplate), List.copyOf(entities), List.copyOf(quotes), List.copyOf(sources),
                List.copyOf(dates), List.copyOf(quantities), List.copyOf(keywords), List.copyOf(summary));
    }
}
