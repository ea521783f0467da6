package io.newsroom.article.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsroom.article.Article;
import io.newsroom.article.ArticleStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Article", description = "A stored article; content is only returned when reading one article")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleView(
        UUID id,
        String tenant,
        String externalId,
        ArticleStatus status,
        @Schema(description = "The story of near-duplicate articles of the tenant it belongs to (GET /api/v1/stories/{id}); "
                + "absent until extracted") UUID storyId,
        @Schema(enumeration = {"text/plain", "text/html"}) String contentType,
        @Schema(description = "SHA-256 of the content; equal content in one tenant is stored once") String contentHash,
        String sourceUrl,
        @Schema(description = "The publication date the partner gave") Instant publishedAt,
        @Schema(description = "The publication date the engine found in the document, once extracted") Instant foundPublishedAt,
        @Schema(description = "publishedAt, else foundPublishedAt: the date that publishedFrom and publishedTo filter on")
        Instant effectivePublishedAt,
        @Schema(description = "Where effectivePublishedAt comes from: partner (publishedAt), document (foundPublishedAt); "
                + "absent when the article has no publication date", enumeration = {PARTNER, DOCUMENT})
        String publishedDateSource,
        @Schema(description = "The title the engine found (metadata.title of the latest extraction)") String title,
        @Schema(description = "The document's language the engine found (metadata.language), e.g. en") String language,
        @Schema(description = "The first line of the extraction's summary") String firstSummaryLine,
        Instant submittedAt,
        Instant updatedAt,
        Instant extractedAt,
        String extractorVersion,
        String failureReason,
        @Schema(description = "1 for the submission, incremented by each reprocess") int attempt,
        @Schema(description = "true when the submission matched an article already stored") Boolean duplicate,
        String content) {

    static final String PARTNER = "partner";
    static final String DOCUMENT = "document";

    static ArticleView summary(Article article) {
        return of(article, null, null);
    }

    static ArticleView full(Article article) {
        return of(article, null, article.content);
    }

    static ArticleView submitted(Article article, boolean duplicate) {
        return of(article, duplicate, null);
    }

    private static ArticleView of(Article article, Boolean duplicate, String content) {
        ExtractionHeadline headline = ExtractionHeadline.of(article.extraction);
        return new ArticleView(article.id, article.tenant, article.externalId, article.status, article.storyId, article.contentType,
                article.contentHash, article.sourceUrl, article.publishedAt, article.foundPublishedAt,
                effectivePublishedAt(article), publishedDateSource(article), headline.title(), headline.language(),
                headline.firstSummaryLine(), article.submittedAt, article.updatedAt,
                article.extractedAt, article.extractorVersion, article.failureReason, article.attempt, duplicate, content);
    }

    private static String publishedDateSource(Article article) {
        return article.publishedAt != null ? PARTNER : article.foundPublishedAt != null ? DOCUMENT : null;
    }

    /**
     * As the database's generated column effective_published_at (V5) computes it for the date filters; derived here
     * because an article stored in this transaction has not been read back.
     */
    private static Instant effectivePublishedAt(Article article) {
        return article.publishedAt != null ? article.publishedAt : article.foundPublishedAt;
    }
}
