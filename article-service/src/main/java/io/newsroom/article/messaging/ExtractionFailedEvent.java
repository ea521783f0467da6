package io.newsroom.article.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.UUID;

/** Payload of `articles.extraction-failed`: extraction gave up on one article. */
public record ExtractionFailedEvent(UUID eventId, UUID articleId, String tenant, String errorClass, String message,
                                    int attempts) {

    public static ExtractionFailedEvent read(ObjectMapper mapper, String payload) {
        EventFields fields = EventFields.parse(mapper, payload);
        String attempts = fields.optionalText("attempts");
        return new ExtractionFailedEvent(fields.requiredUuid("eventId"), fields.requiredUuid("articleId"),
                fields.requiredText("tenant"), fields.requiredText("errorClass"), fields.optionalText("message"),
                attempts == null ? 0 : fields.requiredInt("attempts"));
    }
}
