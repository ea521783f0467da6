package io.newsroom.article.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.UUID;

/** Payload of `articles.extracted`: the extraction document for one article. */
public record ExtractedEvent(UUID eventId, UUID articleId, String tenant, String extractorVersion,
                             JsonNode extraction, Long durationMs) {

    public static ExtractedEvent read(ObjectMapper mapper, String payload) {
        EventFields fields = EventFields.parse(mapper, payload);
        return new ExtractedEvent(fields.requiredUuid("eventId"), fields.requiredUuid("articleId"),
                fields.requiredText("tenant"), fields.requiredText("extractorVersion"),
                fields.requiredObject("extraction"), fields.optionalLong("durationMs"));
    }
}
