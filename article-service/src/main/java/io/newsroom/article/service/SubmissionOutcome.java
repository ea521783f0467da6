package io.newsroom.article.service;

import io.newsroom.article.Article;

/** What a submission did: created a new article, replayed an Idempotency-Key, or found a duplicate. */
public record SubmissionOutcome(Article article, Kind kind) {

    public enum Kind {
        CREATED,
        REPLAYED,
        DUPLICATE
    }
}
