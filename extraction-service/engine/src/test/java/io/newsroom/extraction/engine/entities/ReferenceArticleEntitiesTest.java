package io.newsroom.extraction.engine.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.extraction.engine.ExtractionEngine;
import io.newsroom.extraction.engine.SharedFolder;
import io.newsroom.extraction.engine.ExtractionRequest;
import io.newsroom.extraction.engine.model.Entity;
import io.newsroom.extraction.engine.model.EntityType;
import io.newsroom.extraction.engine.model.ExtractionDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Every gold person of the reference article in ../shared, with its roles, and its organisations and places. */
class ReferenceArticleEntitiesTest {

    private static final String ARTICLE = "global-times-2025-05-20-putin-trump-call";

    @Test
    void everyGoldEntityAndRoleIsFound() throws IOException {
        Path seed = Files.isDirectory(SharedFolder.seed()) ? SharedFolder.seed() : null;
        assumeTrue(seed != null, "../shared/corpus/seed is absent: reference article test skipped");
        String content = Files.readString(seed.resolve(ARTICLE + ".txt"));
        JsonNode gold = new ObjectMapper().readTree(seed.resolve(ARTICLE + ".gold.json").toFile());
        ExtractionDocument document = new ExtractionEngine()
                .extract(new ExtractionRequest(ARTICLE + ".txt", content, "text/plain", null));

        List<String> missing = new ArrayList<>();
        check(document, gold.get("persons"), EntityType.PERSON, missing);
        check(document, gold.get("organizations"), EntityType.ORGANIZATION, missing);
        check(document, gold.get("locations"), EntityType.LOCATION, missing);
        assertTrue(missing.isEmpty(), () -> "missing: " + missing);
    }

    private static void check(ExtractionDocument document, JsonNode golds, EntityType type, List<String> missing) {
        for (JsonNode gold : golds) {
            if (gold.path("optional").asBoolean()) {
                continue;
            }
            List<String> names = new ArrayList<>(List.of(gold.get("name").asText()));
            gold.path("aliases").forEach(alias -> names.add(alias.asText()));
            Entity found = document.entities().stream()
                    .filter(e -> e.type() == type && names.stream().anyMatch(e::isCalled))
                    .findFirst().orElse(null);
            if (found == null) {
                missing.add(type + " " + names.get(0));
                continue;
            }
            for (JsonNode role : gold.path("roles")) {
                String wanted = role.asText().toLowerCase(Locale.ROOT);
                if (found.roles().stream().noneMatch(r -> r.toLowerCase(Locale.ROOT).contains(wanted))) {
                    missing.add("role " + role.asText() + " of " + names.get(0) + " (has " + found.roles() + ")");
                }
            }
        }
    }
}
