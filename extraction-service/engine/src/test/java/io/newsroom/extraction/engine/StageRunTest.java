package io.newsroom.extraction.engine;

import io.newsroom.extraction.engine.model.StageWarning;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** How the engine runs one stage: its output, or its fallback when it fails or is not written for the text's language. */
class StageRunTest {

    private static final Stage ANY = new Stage("sentences", Set.of());
    private static final Stage ENGLISH = new Stage("quotes", Set.of("en"));

    @Test
    void aStageThatRunsGivesItsOutput() {
        StageRun run = new StageRun(StageListener.NONE);
        assertEquals(List.of("found"), run.apply(ANY, () -> List.of("found"), List.of()));
        assertEquals(List.of(), run.skipped());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void aFailingStageIsAWarningAndTheLaterStagesReadItsFallback() {
        StageRun run = new StageRun(StageListener.NONE);
        List<String> output = run.apply(ENGLISH, () -> {
            throw new IllegalStateException("no closing mark");
        }, List.of());
        assertEquals(List.of(), output);
        assertEquals(List.of(new StageWarning("quotes", "IllegalStateException: no closing mark")), run.warnings());
        assertEquals("later", run.apply(ANY, () -> "later", ""));
    }

    @Test
    void aStageForOtherLanguagesIsSkippedAndListed() {
        StageRun run = new StageRun(StageListener.NONE);
        run.readingLanguage("de");
        List<String> called = new ArrayList<>();
        List<String> output = run.apply(ENGLISH, () -> {
            called.add("quotes");
            return List.of("English rules on German text");
        }, List.of());
        assertEquals(List.of(), output);
        assertEquals(List.of(), called);
        assertEquals(List.of("quotes"), run.skipped());
        assertFalse(run.apply(ANY, () -> List.of("any"), List.of()).isEmpty());
    }

    @Test
    void theListenerHearsEachStageThatRuns() {
        List<String> heard = new ArrayList<>();
        StageListener listener = new StageListener() {
            @Override
            public void started(Stage stage) {
                heard.add("start " + stage.name());
            }

            @Override
            public void finished(Stage stage) {
                heard.add("end " + stage.name());
            }
        };
        StageRun run = new StageRun(listener);
        run.readingLanguage("fr");
        run.apply(ANY, () -> "text", "");
        run.apply(ENGLISH, () -> "quotes", "");
        assertEquals(List.of("start sentences", "end sentences"), heard);
    }

    @Test
    void theEngineListsItsStagesInPipelineOrder() {
        assertEquals(List.of("normalization", "sentences", "language", "entities", "roles", "dates", "quotes",
                "sources", "quantities", "keywords", "summary"), new ExtractionEngine().stageNames());
    }
}
