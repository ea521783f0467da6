package io.newsroom.extraction.engine.model;

/**
 * What the page says about itself. {@code published} is ISO 8601 (a date, or a local date-time such as
 * {@code 2025-05-20T00:02}, with an offset when the page gives one).
 */
public record ArticleMetadata(String title, String subtitle, String section, String byline, String published,
                              String language) {

    public static ArticleMetadata empty() {
        return new ArticleMetadata(null, null, null, null, null, null);
    }

    public ArticleMetadata withLanguage(String value) {
        return new ArticleMetadata(title, subtitle, section, byline, published, value);
    }

    public ArticleMetadata withPublished(String value) {
        return new ArticleMetadata(title, subtitle, section, byline, value, language);
    }
}
