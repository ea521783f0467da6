package io.newsroom.article.admin;

import io.newsroom.article.repository.AdminArticleRepository.ExtractedArticle;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "OutdatedArticles", description = "A page of articles (all tenants) extracted by an older extractor, in id order")
public record OutdatedArticlesView(
        List<ExtractedArticle> items,
        @Schema(description = "Pass as `after` to get the next page; null on the last page", nullable = true) String next,
        @Schema(description = "Number of such articles; on the first page only", nullable = true) Long total) {
}
