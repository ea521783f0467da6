package io.newsroom.article.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.article.ArticleStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "ArticleExtraction", description = "The latest extraction document of an article (see docs/design.md)")
public record ExtractionView(
        UUID articleId,
        ArticleStatus status,
        String extractorVersion,
        Instant extractedAt,
        @Schema(description = "document, metadata, text, entities, quotes, sources, dates, durations, quantities, keywords, summary, stagesSkipped, warnings",
                type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT) JsonNode extraction) {
}
