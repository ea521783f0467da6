package io.newsroom.extraction.engine;

import io.newsroom.extraction.engine.dates.TemporalExpressionTagger;
import io.newsroom.extraction.engine.dates.TemporalExpressions;
import io.newsroom.extraction.engine.enrich.ContentWords;
import io.newsroom.extraction.engine.enrich.KeywordExtractor;
import io.newsroom.extraction.engine.enrich.LanguageIdentifier;
import io.newsroom.extraction.engine.enrich.QuantityExtractor;
import io.newsroom.extraction.engine.enrich.SummaryExtractor;
import io.newsroom.extraction.engine.entities.EntityRecognizer;
import io.newsroom.extraction.engine.entities.RoleBinder;
import io.newsroom.extraction.engine.model.ArticleMetadata;
import io.newsroom.extraction.engine.model.Entity;
import io.newsroom.extraction.engine.model.ExtractionDocument;
import io.newsroom.extraction.engine.model.Quantity;
import io.newsroom.extraction.engine.model.Quote;
import io.newsroom.extraction.engine.model.SourceCitation;
import io.newsroom.extraction.engine.normalize.InputNormalizer;
import io.newsroom.extraction.engine.normalize.NormalizedArticle;
import io.newsroom.extraction.engine.quotes.QuoteAttributor;
import io.newsroom.extraction.engine.sources.SourceCitationFinder;
import io.newsroom.extraction.engine.text.TokenizedText;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The extraction pipeline. Thread-safe: stages hold only immutable lexicons, so one engine serves every thread.
 * {@link #extract(ExtractionRequest, StageListener)} runs the stages in the order an article is read, each on what
 * earlier stages produced, and assembles the document from their outputs.
 */
public final class ExtractionEngine {

    public static final String VERSION = "1.0.0";

    /** The language whose rules read a text when its language is not known: that of most news submitted. */
    public static final String DEFAULT_LANGUAGE = "en";

    private static final Set<String> ENGLISH = Set.of("en");
    private static final Set<String> ANY = Set.of();
    /** The languages whose calendar words the date rules know. */
    private static final Set<String> DATE_LANGUAGES = Set.of("en", "de", "fr", "es");

    static final Stage NORMALIZATION = new Stage("normalization", ANY);
    static final Stage SENTENCES = new Stage("sentences", ANY);
    static final Stage LANGUAGE = new Stage("language", ANY);
    static final Stage ENTITIES = new Stage("entities", ENGLISH);
    static final Stage ROLES = new Stage("roles", ENGLISH);
    static final Stage DATES = new Stage("dates", DATE_LANGUAGES);
    static final Stage QUOTES = new Stage("quotes", ENGLISH);
    static final Stage SOURCES = new Stage("sources", ENGLISH);
    static final Stage QUANTITIES = new Stage("quantities", ENGLISH);
    static final Stage KEYWORDS = new Stage("keywords", KeywordExtractor.LANGUAGES);
    static final Stage SUMMARY = new Stage("summary", KeywordExtractor.LANGUAGES);
    private static final List<Stage> STAGES = List.of(NORMALIZATION, SENTENCES, LANGUAGE, ENTITIES, ROLES, DATES,
            QUOTES, SOURCES, QUANTITIES, KEYWORDS, SUMMARY);

    private final InputNormalizer normalizer = new InputNormalizer();
    private final LanguageIdentifier languageIdentifier = new LanguageIdentifier();
    private final EntityRecognizer entityRecognizer = new EntityRecognizer();
    private final RoleBinder roleBinder = new RoleBinder();
    private final TemporalExpressionTagger dateTagger = new TemporalExpressionTagger();
    private final QuoteAttributor quoteAttributor = new QuoteAttributor();
    private final SourceCitationFinder sourceFinder = new SourceCitationFinder();
    private final QuantityExtractor quantityExtractor = new QuantityExtractor();
    private final KeywordExtractor keywordExtractor = new KeywordExtractor();
    private final SummaryExtractor summaryExtractor = new SummaryExtractor();

    /** Extracts one article. Never throws on any content (see {@link #extract(ExtractionRequest, StageListener)}). */
    public ExtractionDocument extract(ExtractionRequest request) {
        return extract(request, StageListener.NONE);
    }

    /**
     * Extracts one article, telling {@code listener} when each stage runs. Never throws on any content: a stage that
     * fails is recorded in the document's {@code warnings}, and the later stages read the fallback given for its
     * output (nothing found); a stage whose rules are not written for the text's language is skipped the same way and
     * listed in {@code stagesSkipped}.
     */
    public ExtractionDocument extract(ExtractionRequest request, StageListener listener) {
        StageRun run = new StageRun(listener);
        NormalizedArticle article = run.apply(NORMALIZATION, () -> normalizer.normalize(request),
                NormalizedArticle.ofText(""));
        TokenizedText words = run.apply(SENTENCES, () -> TokenizedText.of(article.text()),
                TokenizedText.unsplit(article.text()));
        ArticleMetadata metadata = run.apply(LANGUAGE,
                () -> languageIdentifier.identified(article.metadata(), words.tokens()), article.metadata());
        run.readingLanguage(rulesLanguage(metadata));
        List<Entity> named = run.apply(ENTITIES, () -> entityRecognizer.recognize(words), List.of());
        List<Entity> entities = run.apply(ROLES, () -> roleBinder.bind(words, named), named);
        TemporalExpressions times = run.apply(DATES, () -> dateTagger.tag(words, metadata, request.published()),
                TemporalExpressions.NONE);
        List<Quote> quotes = run.apply(QUOTES, () -> quoteAttributor.attribute(words, entities), List.of());
        List<SourceCitation> sources = run.apply(SOURCES, () -> sourceFinder.find(words.text(), entities), List.of());
        List<Quantity> quantities = run.apply(QUANTITIES, () -> quantityExtractor.extract(words, times.dates()),
                List.of());
        Supplier<ContentWords> content = once(() -> new ContentWords(words.tokens(), metadata.language()));
        List<String> keywords = run.apply(KEYWORDS, () -> keywordExtractor.keywords(words, content.get()), List.of());
        List<String> summary = run.apply(SUMMARY,
                () -> summaryExtractor.summary(words, content.get(), metadata, article.boilerplate()), List.of());
        return new ExtractionDocument(request.document(), VERSION, metadata, article.text(), article.boilerplate(),
                List.copyOf(entities), List.copyOf(quotes), List.copyOf(sources), times.dates(), times.durations(),
                List.copyOf(quantities), List.copyOf(keywords), List.copyOf(summary), run.skipped(), run.warnings());
    }

    /** The language found or declared for the text, else {@link #DEFAULT_LANGUAGE}. */
    static String rulesLanguage(ArticleMetadata metadata) {
        String language = metadata.language();
        return language == null || language.isBlank() ? DEFAULT_LANGUAGE : language;
    }

    /** The value, computed when first asked for: the content words are counted once for keywords and summary. */
    private static <T> Supplier<T> once(Supplier<T> compute) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = compute.get();
                }
                return value;
            }
        };
    }

    /** The stages in pipeline order. */
    public List<Stage> stages() {
        return STAGES;
    }

    public List<String> stageNames() {
        return STAGES.stream().map(Stage::name).toList();
    }
}
