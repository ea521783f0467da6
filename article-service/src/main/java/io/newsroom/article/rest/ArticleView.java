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
        @Schema(enumeration = {"text/plain", "text/html"}) String contentType,
        @Schema(description = "SHA-256 of the content; equal content in one tenant is stored once") String contentHash,
        String sourceUrl,
        @Schema(description = "The publication date the partner gave") Instant publishedAt,
        @Schema(description = "The publication date the engine found in the document, once extracted") Instant foundPublishedAt,
        @Schema(description = "publishedAt, else foundPublishedAt: the date that publishedFrom and publishedTo filter on")
        Instant effectivePublishedAt,
        Instant submittedAt,
        Instant updatedAt,
        Instant extractedAt,
        String extractorVersion,
        String failureReason,
        @Schema(description = "1 for the submission, incremented by each reprocess") int attempt,
        @Schema(description = "true when the submission matched an article already stored") Boolean duplicate,
        String content) {

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
        return new ArticleView(article.id, article.tenant, article.externalId, article.status, article.contentType,
                article.contentHash, article.sourceUrl, article.publishedAt, article.foundPublishedAt,
                effectivePublishedAt(article), article.submittedAt, article.updatedAt,
                article.extractedAt, article.extractorVersion, article.failureReason, article.attempt, duplicate, content);
    }

    /** As the database computes it; an entity created in this transaction has not been read back yet. */
    private static Instant effectivePublishedAt(Article article) {
        return article.publishedAt != null ? article.publishedAt : article.foundPublishedAt;
    }
}
