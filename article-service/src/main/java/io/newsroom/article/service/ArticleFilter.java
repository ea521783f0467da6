package io.newsroom.article.service;

import io.newsroom.article.ArticleStatus;

import java.time.Instant;

/**
 * Criteria of an article listing; null means "no restriction". A null tenant is only ever set for admins.
 */
public record ArticleFilter(String tenant, ArticleStatus status, Instant submittedFrom, Instant submittedTo,
                            Instant publishedFrom, Instant publishedTo, String text, String entity,
                            String entityType, String source) {
}
