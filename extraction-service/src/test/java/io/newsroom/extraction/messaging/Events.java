package io.newsroom.extraction.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

/** The articles.submitted fixture of this module, and variants of it for one test each. */
public final class Events {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Events() {
    }

    public static ObjectNode submitted() {
        try (InputStream in = Events.class.getResourceAsStream("/events/articles.submitted.json")) {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture as a new event for a new article. */
    public static ObjectNode submittedFresh() {
        return submitted().put("eventId", UUID.randomUUID().toString()).put("articleId", UUID.randomUUID().toString());
    }

    public static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
