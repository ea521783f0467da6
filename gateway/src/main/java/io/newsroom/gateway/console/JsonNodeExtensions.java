package io.newsroom.gateway.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateExtension;

/** Lets templates read the backends' JSON answers by field name: {@code article.status}. */
@TemplateExtension
public final class JsonNodeExtensions {

    private JsonNodeExtensions() {
    }

    /** A field's text (null when absent or null), or the node itself for an object or an array. */
    @TemplateExtension(matchName = TemplateExtension.ANY)
    static Object field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        return value.isContainerNode() ? value : value.asText();
    }
}
