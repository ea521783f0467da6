package io.newsroom.article.messaging;

import java.util.UUID;

/** Fired when an outbox row is written; observed after the transaction commits, so the relay wakes for it at once. */
public record OutboxEventQueued(UUID articleId) {
}
