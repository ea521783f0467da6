package io.newsroom.article.messaging;

import io.newsroom.article.Article;

import java.util.UUID;

/** Payload of `articles.submitted`, as described by schemas/articles.submitted.schema.json. */
public record SubmittedEvent(int schemaVersion, UUID eventId, UUID articleId, String tenant, String contentType,
                             String content, String sourceUrl, String publishedHint, int attempt, String requestId) {

    public static final int SCHEMA_VERSION = 1;

    public static SubmittedEvent of(Article article, UUID eventId, String requestId) {
        return new SubmittedEvent(SCHEMA_VERSION, eventId, article.id, article.tenant, article.contentType,
                article.content, article.sourceUrl,
                article.publishedAt == null ? null : article.publishedAt.toString(), article.attempt, requestId);
    }
}
