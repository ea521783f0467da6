package io.newsroom.extraction.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.newsroom.extraction.engine.ExtractionEngine;
import io.newsroom.extraction.engine.ExtractionRequest;
import io.newsroom.extraction.engine.json.ExtractionDocumentWriter;
import io.newsroom.extraction.service.OversizedArticleException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Producer side: what this service publishes matches the schemas it owns. Consumer side: the articles.submitted
 * events it reads (our fixture, and article-service's fixtures) match article-service's schema and parse here.
 */
class EventContractTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig STRICT_FORMATS =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private static SubmittedArticle fixtureArticle() {
        return SubmittedArticle.parse(MAPPER, Events.submitted().toString());
    }

    @Test
    void extractedEventsMatchOurSchema() throws IOException {
        SubmittedArticle article = fixtureArticle();
        String document = ExtractionDocumentWriter.toJson(new ExtractionEngine().extract(article.toRequest()));
        JsonNode event = MAPPER.readTree(ExtractionEvents.extracted(article, document, 12));
        JsonSchema schema = ownSchema("schemas/articles.extracted.schema.json");
        assertEquals(Set.of(), schema.validate(event));
        ((ObjectNode) event).remove("tenant");
        assertFalse(schema.validate(event).isEmpty(), "the schema must require tenant");
    }

    @Test
    void failedEventsMatchOurSchema() throws IOException {
        JsonSchema schema = ownSchema("schemas/articles.extraction-failed.schema.json");
        SubmittedArticle article = fixtureArticle();
        assertEquals(Set.of(), schema.validate(MAPPER.readTree(
                ExtractionEvents.failed(article, new IllegalStateException("engine broke"), 3))));
        assertEquals(Set.of(), schema.validate(MAPPER.readTree(
                ExtractionEvents.failed(article, new OversizedArticleException(3_000_000, 2_097_152), 0))));
        assertEquals(Set.of(), schema.validate(MAPPER.readTree(ExtractionEvents.poison(ExtractionEvents.UNKNOWN_ARTICLE,
                ExtractionEvents.UNKNOWN_TENANT, null, new InvalidEventException("payload is not JSON"), "{oops", 10))));
    }

    @Test
    void submittedFixturesMatchArticleServiceSchemaAndParseHere() throws IOException {
        Path root = repositoryRoot();
        Path schemaFile = root.resolve("article-service/src/main/resources/schemas/articles.submitted.schema.json");
        assumeTrue(Files.isRegularFile(schemaFile),
                () -> "Skipped: article-service has not published " + schemaFile + " yet");
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(schemaFile)) {
            schema = FACTORY.getSchema(in, STRICT_FORMATS);
        }
        List<JsonNode> fixtures = new ArrayList<>();
        fixtures.add(Events.submitted());
        Path theirs = root.resolve("article-service/src/test/resources/events");
        if (Files.isDirectory(theirs)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(theirs, "articles.submitted*.json")) {
                for (Path file : files) {
                    fixtures.add(MAPPER.readTree(file.toFile()));
                }
            }
        }
        for (JsonNode fixture : fixtures) {
            assertEquals(Set.of(), schema.validate(fixture), () -> fixture + " breaks " + schemaFile);
            ExtractionRequest request = SubmittedArticle.parse(MAPPER, fixture.toString()).toRequest();
            assertEquals(fixture.get("articleId").asText(), request.document());
        }
    }

    private static JsonSchema ownSchema(String resource) throws IOException {
        try (InputStream in = EventContractTest.class.getClassLoader().getResourceAsStream(resource)) {
            return FACTORY.getSchema(in, STRICT_FORMATS);
        }
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("article-service")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("repository root not found above " + Path.of("").toAbsolutePath());
    }
}
