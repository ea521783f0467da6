package io.newsroom.article;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

/** Hand-written consumer fixtures (src/test/resources/events), re-addressed to the article under test. */
public final class EventFixtures {

    public static final String EXTRACTED = "events/articles.extracted.json";
    public static final String EXTRACTION_FAILED = "events/articles.extraction-failed.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventFixtures() {
    }

    public static ObjectNode load(String resource) {
        try (InputStream in = EventFixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String extracted(UUID articleId, String tenant, String extractorVersion) {
        ObjectNode event = addressed(load(EXTRACTED), articleId, tenant);
        event.put("extractorVersion", extractorVersion);
        ((ObjectNode) event.get("extraction")).put("extractorVersion", extractorVersion).put("document", articleId.toString());
        return event.toString();
    }

    /** The fixture's extraction with this cleaned text instead of its own. */
    public static String extracted(UUID articleId, String tenant, String extractorVersion, String text) {
        try {
            ObjectNode event = (ObjectNode) MAPPER.readTree(extracted(articleId, tenant, extractorVersion));
            ((ObjectNode) event.get("extraction")).put("text", text);
            return event.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String extractionFailed(UUID articleId, String tenant) {
        return addressed(load(EXTRACTION_FAILED), articleId, tenant).toString();
    }

    public static String withEventId(String event, UUID eventId) {
        try {
            return ((ObjectNode) MAPPER.readTree(event)).put("eventId", eventId.toString()).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode addressed(ObjectNode event, UUID articleId, String tenant) {
        return event.put("eventId", UUID.randomUUID().toString()).put("articleId", articleId.toString()).put("tenant", tenant);
    }
}
