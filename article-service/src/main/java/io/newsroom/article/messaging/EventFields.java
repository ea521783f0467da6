package io.newsroom.article.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.UUID;

/** Reads the fields every incoming event carries, refusing what the consumer cannot trust. */
final class EventFields {

    static final int SUPPORTED_SCHEMA_VERSION = 1;

    private final JsonNode root;

    private EventFields(JsonNode root) {
        this.root = root;
    }

    static EventFields parse(ObjectMapper mapper, String payload) {
        JsonNode root;
        try {
            root = payload == null ? null : mapper.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("event is not JSON: " + e.getOriginalMessage(), e);
        }
        return of(root);
    }

    static EventFields of(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new InvalidEventException("event is not a JSON object");
        }
        EventFields fields = new EventFields(root);
        int version = fields.requiredInt("schemaVersion");
        if (version != SUPPORTED_SCHEMA_VERSION) {
            throw new InvalidEventException("unsupported schemaVersion " + version);
        }
        return fields;
    }

    UUID requiredUuid(String name) {
        String text = requiredText(name);
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException(name + " is not a UUID: " + text, e);
        }
    }

    String requiredText(String name) {
        JsonNode node = root.get(name);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw new InvalidEventException("missing text field " + name);
        }
        return node.asText();
    }

    String optionalText(String name) {
        JsonNode node = root.get(name);
        return node == null || node.isNull() ? null : node.asText();
    }

    int requiredInt(String name) {
        JsonNode node = root.get(name);
        if (node == null || !node.canConvertToInt()) {
            throw new InvalidEventException("missing integer field " + name);
        }
        return node.asInt();
    }

    Long optionalLong(String name) {
        JsonNode node = root.get(name);
        return node == null || !node.canConvertToLong() ? null : node.asLong();
    }

    JsonNode requiredObject(String name) {
        JsonNode node = root.get(name);
        if (node == null || !node.isObject()) {
            throw new InvalidEventException("missing object field " + name);
        }
        return node;
    }
}
