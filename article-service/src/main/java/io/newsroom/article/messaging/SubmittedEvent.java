package io.newsroom.article.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.article.Article;

import java.util.UUID;

/**
 * Payload of `articles.submitted`, as described by schemas/articles.submitted.schema.json. The outbox row keeps it
 * without the content, which the relay reads from the article when it publishes.
 */
public record SubmittedEvent(int schemaVersion, UUID eventId, UUID articleId, String tenant, String contentType,
                             String content, String sourceUrl, String publishedHint, int attempt, String requestId) {

    public static final int SCHEMA_VERSION = 1;

    public static SubmittedEvent of(Article article, UUID eventId, String requestId) {
        return new SubmittedEvent(SCHEMA_VERSION, eventId, article.id, article.tenant, article.contentType,
                article.content, article.sourceUrl,
                article.publishedAt == null ? null : article.publishedAt.toString(), article.attempt, requestId);
    }

    /** What the outbox row keeps: everything but the article's content. */
    public static SubmittedEvent queued(Article article, UUID eventId, String requestId) {
        return of(article, eventId, requestId).withContent(null);
    }

    public SubmittedEvent withContent(String articleContent) {
        return new SubmittedEvent(schemaVersion, eventId, articleId, tenant, contentType, articleContent, sourceUrl,
                publishedHint, attempt, requestId);
    }

    /** The published payload of an outbox row: its own content if it has one (rows queued before), else the article's. */
    public static String published(ObjectMapper mapper, String queuedPayload, String articleContent) {
        try {
            SubmittedEvent queued = mapper.readValue(queuedPayload, SubmittedEvent.class);
            return queued.content() != null ? queuedPayload : mapper.writeValueAsString(queued.withContent(articleContent));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox payload is not an articles.submitted event", e);
        }
    }
}
