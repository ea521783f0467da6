package io.newsroom.extraction.messaging;

import com.fasterxml.jackson.core.JsonGenerator;
import io.newsroom.extraction.engine.ExtractionEngine;
import io.newsroom.extraction.engine.json.DocumentJsonGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The payloads this service publishes (schemas in src/main/resources/schemas/), written with the engine's
 * {@link DocumentJsonGenerator} around the extraction document they embed, so that it is never parsed and written again.
 */
final class ExtractionEvents {

    static final int SCHEMA_VERSION = 1;
    /** Stands for the article of an event so broken that it names none; the failed event still needs one. */
    static final String UNKNOWN_ARTICLE = "00000000-0000-0000-0000-000000000000";
    static final String UNKNOWN_TENANT = "unknown";

    private ExtractionEvents() {
    }

    static String extracted(SubmittedArticle article, String extractionJson, long durationMs) {
        return event(extractionJson.length() + 512, json -> {
            header(json, answerId(article, Channels.EXTRACTED), article.articleId(), article.tenant());
            json.writeStringField("extractorVersion", ExtractionEngine.VERSION);
            json.writeNumberField("durationMs", durationMs);
            json.writeStringField("sourceEventId", article.eventId());
            json.writeNumberField("attempt", article.attempt());
            json.writeStringField("requestId", article.requestId());
            json.writeFieldName("extraction");
            json.writeRawValue(extractionJson);
        });
    }

    /** A failed event for an article that was read but could not be extracted. */
    static String failed(SubmittedArticle article, Throwable error, int attempts) {
        return event(512, json -> {
            header(json, answerId(article, Channels.EXTRACTION_FAILED), article.articleId(), article.tenant());
            failure(json, error, attempts);
            json.writeStringField("sourceEventId", article.eventId());
            json.writeStringField("requestId", article.requestId());
        });
    }

    /** A failed event for a payload that could not be read at all; it keeps the start of the raw payload. */
    static String poison(String articleId, String tenant, String requestId, Throwable error, String payload,
                         int previewChars) {
        String preview = payload == null ? null
                : payload.length() <= previewChars ? payload : payload.substring(0, previewChars);
        String eventId = nameId(Channels.EXTRACTION_FAILED, "poison", ExtractionEngine.VERSION, articleId,
                String.valueOf(payload));
        return event(512 + (preview == null ? 0 : preview.length() * 2), json -> {
            header(json, eventId, articleId, tenant);
            failure(json, error, 0);
            json.writeStringField("requestId", requestId);
            json.writeStringField("rawPayload", preview);
        });
    }

    /**
     * The id of the answer to one submitted event: the same after a crash and a redelivery, so that article-service,
     * which deduplicates on event id, applies a re-extraction once.
     */
    static String answerId(SubmittedArticle article, String outcome) {
        return nameId(outcome, article.eventId(), ExtractionEngine.VERSION);
    }

    private static String nameId(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("\n", parts).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private interface Members {
        void write(JsonGenerator json) throws IOException;
    }

    /** One event object: the members {@code members} writes, inside braces. */
    private static String event(int capacity, Members members) {
        StringBuilder out = new StringBuilder(capacity);
        try (JsonGenerator json = DocumentJsonGenerator.over(out)) {
            json.writeStartObject();
            members.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void header(JsonGenerator json, String eventId, String articleId, String tenant) throws IOException {
        json.writeNumberField("schemaVersion", SCHEMA_VERSION);
        json.writeStringField("eventId", eventId);
        json.writeStringField("articleId", articleId);
        json.writeStringField("tenant", tenant);
    }

    private static void failure(JsonGenerator json, Throwable error, int attempts) throws IOException {
        json.writeStringField("errorClass", error.getClass().getSimpleName());
        json.writeStringField("message", error.getMessage() == null ? error.toString() : error.getMessage());
        json.writeNumberField("attempts", attempts);
        json.writeStringField("extractorVersion", ExtractionEngine.VERSION);
    }
}
