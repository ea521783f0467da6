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
import java.util.Set;

/**
 * The extraction pipeline. Thread-safe: stages hold only immutable lexicons, so one engine serves every thread.
 * The order of the stages below is the order in which an article is read.
 */
public final class ExtractionEngine {

    public static final String VERSION = "1.0.0";

    /** The language whose rules read a text when its language is not known: that of most news submitted. */
    public static final String DEFAULT_LANGUAGE = "en";

    private static final Set<String> ENGLISH = Set.of("en");
    private static final Set<String> ANY = Set.of();
    /** The languages whose calendar words the date rules know. */
    private static final Set<String> DATE_LANGUAGES = Set.of("en", "de", "fr", "es");

    private final List<Stage> stages;

    /**
     * The pipeline, each stage under the name that {@code stagesSkipped} and {@code warnings} use, with the languages
     * its rules are written for: on text in another language it is skipped, never run with the wrong rules.
     */
    public ExtractionEngine() {
        this(List.of(
                Stage.named("normalization", ANY, new InputNormalizer()),
                Stage.named("sentences", ANY, new SentenceSplitter()),
                Stage.named("language", ANY, new LanguageIdentifier()),
                Stage.named("entities", ENGLISH, new EntityRecognizer()),
                Stage.named("roles", ENGLISH, new RoleBinder()),
                Stage.named("dates", DATE_LANGUAGES, new TemporalExpressionTagger()),
                Stage.named("quotes", ENGLISH, new QuoteAttributor()),
                Stage.named("sources", ENGLISH, new SourceCitationFinder()),
                Stage.named("quantities", ENGLISH, new QuantityExtractor()),
                Stage.named("keywords", KeywordExtractor.LANGUAGES, new KeywordExtractor()),
                Stage.named("summary", KeywordExtractor.LANGUAGES, new SummaryExtractor())));
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
            if (!stage.languages().isEmpty() && !stage.languages().contains(rulesLanguage(analysis))) {
                analysis.stagesSkipped.add(stage.name());
                continue;
            }
            try {
                stage.apply(analysis);
            } catch (RuntimeException | StackOverflowError failure) {
                analysis.warnings.add(new StageWarning(stage.name(), describe(failure)));
            }
        }
        return analysis.toDocument(VERSION);
    }

    /** The language found or declared for the text, else {@link #DEFAULT_LANGUAGE}. */
    static String rulesLanguage(ArticleAnalysis analysis) {
        String language = analysis.metadata.language();
        return language == null || language.isBlank() ? DEFAULT_LANGUAGE : language;
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
