package io.newsroom.article.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Documents the submission body; the body itself is read by {@link SubmissionReader}. */
@Schema(name = "ArticleSubmission", description = "An article to store and extract")
public record SubmissionRequest(
        @Schema(required = true, description = "The article as plain text or an HTML page (at most 2 MiB of UTF-8 by default)")
        String content,
        @Schema(required = true, enumeration = {"text/plain", "text/html"}) String contentType,
        @Schema(description = "The partner's own id; resubmitting it with the same content returns the stored article", maxLength = 200)
        String externalId,
        @Schema(description = "Where the article was found (absolute http/https URL)", maxLength = 2048) String sourceUrl,
        @Schema(description = "Publication date or date-time (ISO 8601); relative dates in the text resolve against it",
                examples = "2025-05-20T00:02:00Z") String publishedAt) {
}
