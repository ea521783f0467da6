package io.newsroom.extraction.engine;

import java.util.Objects;

/**
 * What the engine is asked to read.
 *
 * @param document    the caller's name for the input (file name or article id), echoed in the result
 * @param content     the raw article: plain text or HTML
 * @param contentType {@code text/plain} or {@code text/html} (parameters such as charset are ignored)
 * @param published   publication date hint (ISO 8601 date or date-time), or null; relative dates resolve against it
 *                    when the document itself carries no publication date
 */
public record ExtractionRequest(String document, String content, String contentType, String published) {

    public ExtractionRequest {
        Objects.requireNonNull(content, "content");
        contentType = contentType == null || contentType.isBlank() ? "text/plain" : contentType;
    }

    public boolean isHtml() {
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        return type.startsWith("text/html") || type.startsWith("application/xhtml");
    }
}
