package io.newsroom.extraction.engine;

import io.newsroom.extraction.engine.dates.TemporalExpressionTagger;
import io.newsroom.extraction.engine.enrich.KeywordExtractor;
import io.newsroom.extraction.engine.enrich.LanguageIdentifier;
import io.newsroom.extraction.engine.enrich.QuantityExtractor;
import io.newsroom.extraction.engine.enrich.SummaryExtractor;
import io.newsroom.extraction.engine.entities.EntityRecognizer;
import io.newsroom.extraction.engine.entities.RoleBinder;
import io.newsroom.extraction.engine.model.ExtractionDocument;
import io.newsroom.extraction.engine.model.StageWarning;
import io.newsroom.extraction.engine.normalize.InputNormalizer;
import io.newsroom.extraction.engine.quotes.QuoteAttributor;
import io.newsroom.extraction.engine.sources.SourceCitationFinder;
import io.newsroom.extraction.engine.text.SentenceSplitter;

import java.util.List;

/**
 * The extraction pipeline. Thread-safe: stages hold only immutable lexicons, so one engine serves every thread.
 * The order of the stages below is the order in which an article is read.
 */
public final class ExtractionEngine {

    public static final String VERSION = "1.0.0";

    private final List<Stage> stages;

    public ExtractionEngine() {
        this(List.of(
                new InputNormalizer(),
                new SentenceSplitter(),
                new LanguageIdentifier(),
                new EntityRecognizer(),
                new RoleBinder(),
                new TemporalExpressionTagger(),
                new QuoteAttributor(),
                new SourceCitationFinder(),
                new QuantityExtractor(),
                new KeywordExtractor(),
                new SummaryExtractor()));
    }

    ExtractionEngine(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    /**
     * Extracts one article. Never throws on any content: a stage that fails is recorded in the document's
     * {@code warnings} and the later stages still run on what the earlier ones produced.
     */
    public ExtractionDocument extract(ExtractionRequest request) {
        ArticleAnalysis analysis = new ArticleAnalysis(request);
        for (Stage stage : stages) {
            try {
                stage.apply(analysis);
            } catch (RuntimeException | StackOverflowError failure) {
                analysis.warnings.add(new StageWarning(stage.name(), describe(failure)));
            }
        }
        return analysis.toDocument(VERSION);
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    /** The stages in pipeline order, for tools that time them one by one. */
    public List<Stage> stages() {
        return stages;
    }

    public List<String> stageNames() {
        return stages.stream().map(Stage::name).toList();
    }
}
