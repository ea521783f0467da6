package io.newsroom.article;

public enum ArticleStatus {
    PENDING,
    EXTRACTED,
    FAILED
}
