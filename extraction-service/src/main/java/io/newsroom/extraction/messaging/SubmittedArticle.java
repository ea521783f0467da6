package io.newsroom.extraction.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.extraction.engine.ExtractionRequest;

import java.util.UUID;

/** An articles.submitted event (schema: article-service/src/main/resources/schemas/articles.submitted.schema.json). */
public record SubmittedArticle(String eventId, String articleId, String tenant, String contentType, String content,
                               String sourceUrl, String publishedHint, int attempt, String requestId) {

    static final int SCHEMA_VERSION = 1;

    /** Reads a payload, refusing what the engine cannot be trusted with (wrong version, missing ids, no content). */
    public static SubmittedArticle parse(ObjectMapper mapper, String payload) {
        JsonNode root;
        try {
            root = payload == null ? null : mapper.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("payload is not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidEventException("payload is not a JSON object");
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.canConvertToInt() || version.asInt() != SCHEMA_VERSION) {
            throw new InvalidEventException("unsupported schemaVersion " + version);
        }
        String contentType = requiredText(root, "contentType");
        if (!contentType.equals("text/plain") && !contentType.equals("text/html")) {
            throw new InvalidEventException("unsupported contentType " + contentType);
        }
        JsonNode attempt = root.get("attempt");
        return new SubmittedArticle(uuid(root, "eventId"), uuid(root, "articleId"), requiredText(root, "tenant"),
                contentType, requiredText(root, "content"), optionalText(root, "sourceUrl"),
                optionalText(root, "publishedHint"), attempt != null && attempt.canConvertToInt() ? attempt.asInt() : 1,
                optionalText(root, "requestId"));
    }

    public ExtractionRequest toRequest() {
        return new ExtractionRequest(articleId, content, contentType, publishedHint);
    }

    private static String uuid(JsonNode root, String name) {
        String text = requiredText(root, name);
        try {
            return UUID.fromString(text).toString();
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException(name + " is not a UUID: " + text, e);
        }
    }

    private static String requiredText(JsonNode root, String name) {
        JsonNode node = root.get(name);
        if (node == null || !node.isTextual() || node.asText().isEmpty()) {
            throw new InvalidEventException("missing text field " + name);
        }
        return node.asText();
    }

    private static String optionalText(JsonNode root, String name) {
        JsonNode node = root.get(name);
        return node == null || node.isNull() ? null : node.asText();
    }

    /** What can be salvaged from a payload that failed to parse: a text field, or null. */
    static String salvage(ObjectMapper mapper, String payload, String name) {
        try {
            JsonNode node = mapper.readTree(payload).get(name);
            return node != null && node.isTextual() ? node.asText() : null;
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }
}
