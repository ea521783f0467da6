package io.newsroom.article.service;

import io.newsroom.article.ContentType;

import java.time.Instant;

/** A validated submission request. */
public record ArticleSubmission(String content, ContentType contentType, String externalId, String sourceUrl,
                                Instant publishedAt) {
}
