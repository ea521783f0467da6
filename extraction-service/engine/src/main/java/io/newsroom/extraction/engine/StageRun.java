package io.newsroom.extraction.engine;

import io.newsroom.extraction.engine.model.StageWarning;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One article's way through the stages: runs each stage whose rules fit the text's language, and records the stages
 * skipped for their language and those that failed, whose place in the pipeline their fallback output takes.
 */
final class StageRun {

    private final StageListener listener;
    private final List<String> skipped = new ArrayList<>();
    private final List<StageWarning> warnings = new ArrayList<>();
    private String language = ExtractionEngine.DEFAULT_LANGUAGE;

    StageRun(StageListener listener) {
        this.listener = listener;
    }

    /** The language that the rules of the stages run from now on must be written for. */
    void readingLanguage(String language) {
        this.language = language;
    }

    /**
     * The stage's output, or {@code fallback} (what the later stages read instead) when the stage is skipped for the
     * text's language or fails; a failure is recorded, never thrown.
     */
    <T> T apply(Stage stage, Supplier<T> work, T fallback) {
        if (!stage.reads(language)) {
            skipped.add(stage.name());
            return fallback;
        }
        listener.started(stage);
        try {
            return work.get();
        } catch (RuntimeException | StackOverflowError failure) {
            warnings.add(new StageWarning(stage.name(), describe(failure)));
            return fallback;
        } finally {
            listener.finished(stage);
        }
    }

    /** Stages not applied to this document (such as the English-only ones on another language), in pipeline order. */
    List<String> skipped() {
        return List.copyOf(skipped);
    }

    /** Stages that failed on this document, in pipeline order. */
    List<StageWarning> warnings() {
        return List.copyOf(warnings);
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
