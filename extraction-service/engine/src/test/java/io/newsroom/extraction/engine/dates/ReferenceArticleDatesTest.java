package io.newsroom.extraction.engine.dates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.extraction.engine.ExtractionEngine;
import io.newsroom.extraction.engine.ExtractionRequest;
import io.newsroom.extraction.engine.SharedFolder;
import io.newsroom.extraction.engine.model.DateMention;
import io.newsroom.extraction.engine.model.ExtractionDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Every dated expression of the shared reference article comes back with its gold value, read through the whole engine. */
class ReferenceArticleDatesTest {

    private static final Path SEED = SharedFolder.seed();
    private static final String ARTICLE = "global-times-2025-05-20-putin-trump-call";

    @Test
    void recallsEveryGoldDateOfTheReferenceArticle() throws IOException {
        Path text = SEED.resolve(ARTICLE + ".txt");
        Path gold = SEED.resolve(ARTICLE + ".gold.json");
        assumeTrue(Files.isRegularFile(text) && Files.isRegularFile(gold),
                "reference article not found at " + SEED.toAbsolutePath() + ": skipped");
        ExtractionDocument document = new ExtractionEngine().extract(
                new ExtractionRequest(ARTICLE, Files.readString(text), "text/plain", null));

        List<String> predicted = new ArrayList<>();
        for (DateMention date : document.dates()) {
            predicted.add(date.text() + "=" + date.value());
        }
        List<String> missing = new ArrayList<>();
        for (JsonNode date : new ObjectMapper().readTree(gold.toFile()).path("dates")) {
            String expected = date.path("text").asText() + "=" + date.path("value").asText();
            if (!predicted.remove(expected) && !date.path("optional").asBoolean()) {
                missing.add(expected);
            }
        }
        assertEquals(List.of(), missing);
    }
}
