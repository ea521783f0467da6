package io.newsroom.extraction.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.extraction.engine.json.ExtractionDocumentWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The whole engine on the reference article, scored by the shared scorer (../shared/eval/score.py) against its
 * hand-made gold: the headline must not fall below the floor. Skipped where ../shared is absent.
 */
class ReferenceArticleTest {

    private static final double HEADLINE_FLOOR = 0.95;
    private static final String NAME = "global-times-2025-05-20-putin-trump-call";

    @Test
    void headlineStaysAboveTheFloor(@TempDir Path work) throws Exception {
        Path shared = SharedFolder.find();
        Path article = shared.resolve("corpus/seed/" + NAME + ".txt");
        Path gold = shared.resolve("corpus/seed/" + NAME + ".gold.json");
        Path scorer = shared.resolve("eval/score.py");
        assumeTrue(Files.isRegularFile(article) && Files.isRegularFile(gold) && Files.isRegularFile(scorer),
                () -> "Skipped: the reference article, its gold or score.py is missing under " + shared);

        String content = Files.readString(article, StandardCharsets.UTF_8);
        String json = ExtractionDocumentWriter.toJson(new ExtractionEngine()
                .extract(new ExtractionRequest(article.getFileName().toString(), content, "text/plain", null)));
        Path predictions = work.resolve("pred.jsonl");
        Files.writeString(predictions, json + "\n", StandardCharsets.UTF_8);

        Process python;
        try {
            python = new ProcessBuilder("python3", scorer.toString(), "article", gold.toString(),
                    predictions.toString(), "--json").redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "Skipped: python3 is not available to run score.py");
            return;
        }
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(python.waitFor(60, TimeUnit.SECONDS), "score.py did not finish");
        assertEquals(0, python.exitValue(), output);
        JsonNode score = new ObjectMapper().readTree(output);
        double headline = score.get("headline").asDouble();
        assertTrue(headline >= HEADLINE_FLOOR, () -> "headline " + headline + " < " + HEADLINE_FLOOR + ": " + score.get("figures"));
    }

}
