package io.newsroom.article.messaging;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * Payload of `articles.extracted`: the extraction document for one article, as a tree (for the mentions) and as the
 * text it arrived in (stored as is, and hashed to recognise the same document delivered again).
 */
public record ExtractedEvent(UUID eventId, UUID articleId, String tenant, String extractorVersion,
                             JsonNode extraction, String extractionJson, Long durationMs, String requestId) {

    /** Reads the payload in one pass, keeping the extraction document's own characters. */
    public static ExtractedEvent read(ObjectMapper mapper, String payload) {
        if (payload == null) {
            throw new InvalidEventException("event is not a JSON object");
        }
        ObjectNode root = mapper.createObjectNode();
        String extractionJson = null;
        try (JsonParser parser = mapper.createParser(payload)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidEventException("event is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                int start = (int) parser.currentTokenLocation().getCharOffset();
                root.set(name, mapper.readTree(parser));
                if (name.equals("extraction") && value == JsonToken.START_OBJECT) {
                    extractionJson = payload.substring(start, (int) parser.currentLocation().getCharOffset());
                }
            }
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("event is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EventFields fields = EventFields.of(root);
        return new ExtractedEvent(fields.requiredUuid("eventId"), fields.requiredUuid("articleId"),
                fields.requiredText("tenant"), fields.requiredText("extractorVersion"),
                fields.requiredObject("extraction"), extractionJson, fields.optionalLong("durationMs"),
                fields.optionalText("requestId"));
    }
}
