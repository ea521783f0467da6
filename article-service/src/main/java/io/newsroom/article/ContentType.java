package io.newsroom.article;

import java.util.Arrays;
import java.util.Optional;

/** Media types an article may be submitted in. */
public enum ContentType {
    TEXT_PLAIN("text/plain"),
    TEXT_HTML("text/html");

    private final String mediaType;

    ContentType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<ContentType> fromMediaType(String value) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equalsIgnoreCase(value.strip())).findFirst();
    }
}
