package io.newsroom.extraction.messaging;

import io.newsroom.extraction.engine.ExtractionEngine;
import io.newsroom.extraction.engine.json.JsonOutput;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The payloads this service publishes (schemas in src/main/resources/schemas/), written by hand like the extraction
 * document they embed, so that the document is never parsed and written again.
 */
final class ExtractionEvents {

    static final int SCHEMA_VERSION = 1;
    /** Stands for the article of an event so broken that it names none; the failed event still needs one. */
    static final String UNKNOWN_ARTICLE = "00000000-0000-0000-0000-000000000000";
    static final String UNKNOWN_TENANT = "unknown";

    private ExtractionEvents() {
    }

    static String extracted(SubmittedArticle article, String extractionJson, long durationMs) {
        JsonOutput json = header(answerId(article, Channels.EXTRACTED), article.articleId(), article.tenant(),
                extractionJson.length() + 512);
        json.member("extractorVersion", ExtractionEngine.VERSION)
                .member("durationMs", durationMs)
                .member("sourceEventId", article.eventId())
                .member("attempt", article.attempt())
                .member("requestId", article.requestId())
                .name("extraction").rawValue(extractionJson)
                .endObject();
        return json.builder().toString();
    }

    /** A failed event for an article that was read but could not be extracted. */
    static String failed(SubmittedArticle article, Throwable error, int attempts) {
        JsonOutput json = header(answerId(article, Channels.EXTRACTION_FAILED), article.articleId(), article.tenant(),
                512);
        failure(json, error, attempts).member("sourceEventId", article.eventId())
                .member("requestId", article.requestId())
                .endObject();
        return json.builder().toString();
    }

    /** A failed event for a payload that could not be read at all; it keeps the start of the raw payload. */
    static String poison(String articleId, String tenant, String requestId, Throwable error, String payload,
                         int previewChars) {
        String preview = payload == null ? null
                : payload.length() <= previewChars ? payload : payload.substring(0, previewChars);
        String eventId = nameId(Channels.EXTRACTION_FAILED, "poison", ExtractionEngine.VERSION, articleId,
                String.valueOf(payload));
        JsonOutput json = header(eventId, articleId, tenant, 512 + (preview == null ? 0 : preview.length() * 2));
        failure(json, error, 0).member("requestId", requestId)
                .member("rawPayload", preview)
                .endObject();
        return json.builder().toString();
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

    private static JsonOutput header(String eventId, String articleId, String tenant, int capacity) {
        return new JsonOutput(new StringBuilder(capacity)).beginObject()
                .member("schemaVersion", SCHEMA_VERSION)
                .member("eventId", eventId)
                .member("articleId", articleId)
                .member("tenant", tenant);
    }

    private static JsonOutput failure(JsonOutput json, Throwable error, int attempts) {
        return json.member("errorClass", error.getClass().getSimpleName())
                .member("message", error.getMessage() == null ? error.toString() : error.getMessage())
                .member("attempts", attempts)
                .member("extractorVersion", ExtractionEngine.VERSION);
    }
}
