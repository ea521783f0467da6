package io.newsroom.article.repository;

import io.newsroom.article.ArticleStatus;

import java.util.UUID;

/** The columns of an article that decide whether an incoming extraction is stored. */
public record ExtractionState(UUID articleId, String tenant, ArticleStatus status, String extractorVersion,
                              String extractionHash) {

    public ExtractionState extracted(String version, String hash) {
        return new ExtractionState(articleId, tenant, ArticleStatus.EXTRACTED, version, hash);
    }
}
