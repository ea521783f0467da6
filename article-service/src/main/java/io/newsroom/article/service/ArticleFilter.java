package io.newsroom.article.service;

import io.newsroom.article.ArticleStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Criteria of an article listing; null means "no restriction". A null tenant is only ever set for admins.
 * mentionsFrom and mentionsTo bound the days [mentionsFrom, mentionsTo) that a date the article mentions must overlap.
 */
public record ArticleFilter(String tenant, ArticleStatus status, Instant submittedFrom, Instant submittedTo,
                            Instant publishedFrom, Instant publishedTo, LocalDate mentionsFrom, LocalDate mentionsTo,
                            String text, String entity, String entityType, String source, UUID storyId) {
}
