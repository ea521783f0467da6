package io.newsroom.article.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.newsroom.article.Article;
import io.newsroom.article.ArticleStatus;
import io.newsroom.article.EventFixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Producer side: our articles.submitted payload matches our schema. Consumer side: our fixtures of the
 * extraction-service events match the schemas extraction-service publishes in its module.
 */
class EventContractTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig STRICT_FORMATS = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    @Test
    void submittedPayloadMatchesOurSchema() throws IOException {
        JsonSchema schema = ownSchema("schemas/articles.submitted.schema.json");
        JsonNode payload = MAPPER.valueToTree(SubmittedEvent.of(article(), UUID.randomUUID(), "req-1"));
        assertEquals(Set.of(), schema.validate(payload));
        ((ObjectNode) payload).remove("tenant");
        assertFalse(schema.validate(payload).isEmpty(), "the schema must require tenant");
    }

    @Test
    void extractedFixtureMatchesTheExtractionServiceSchema() throws IOException {
        assertFixtureMatches(EventFixtures.EXTRACTED, "articles.extracted.schema.json");
        ExtractedEvent.read(MAPPER, EventFixtures.load(EventFixtures.EXTRACTED).toString());
    }

    @Test
    void extractionFailedFixtureMatchesTheExtractionServiceSchema() throws IOException {
        assertFixtureMatches(EventFixtures.EXTRACTION_FAILED, "articles.extraction-failed.schema.json");
        ExtractionFailedEvent.read(MAPPER, EventFixtures.load(EventFixtures.EXTRACTION_FAILED).toString());
    }

    private static void assertFixtureMatches(String fixture, String schemaName) throws IOException {
        Path schemaFile = repositoryRoot().resolve("extraction-service/src/main/resources/schemas").resolve(schemaName);
        assumeTrue(Files.isRegularFile(schemaFile),
                () -> "Skipped: extraction-service has not published " + schemaFile + " yet; the fixture " + fixture + " is unchecked");
        try (InputStream in = Files.newInputStream(schemaFile)) {
            JsonSchema schema = FACTORY.getSchema(in, STRICT_FORMATS);
            Set<ValidationMessage> errors = schema.validate(EventFixtures.load(fixture));
            assertEquals(Set.of(), errors, () -> fixture + " breaks " + schemaFile);
        }
    }

    private static JsonSchema ownSchema(String resource) throws IOException {
        try (InputStream in = EventContractTest.class.getClassLoader().getResourceAsStream(resource)) {
            return FACTORY.getSchema(in, STRICT_FORMATS);
        }
    }

    /** The checkout holding this module, found from the working directory (the module when run by Maven). */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("article-service")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("run from inside the repository: no parent folder holds article-service/");
    }

    private static Article article() {
        Article article = new Article();
        article.id = UUID.randomUUID();
        article.tenant = "acme";
        article.content = "Ferry timetable changes in spring.";
        article.contentType = "text/plain";
        article.sourceUrl = "https://news.example.org/ferry";
        article.publishedAt = Instant.parse("2025-05-20T00:02:00Z");
        article.status = ArticleStatus.PENDING;
        article.attempt = 1;
        return article;
    }
}
