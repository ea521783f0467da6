package io.newsroom.article.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ArticleList", description = "A page of articles, newest first")
public record ArticleListView(
        List<ArticleView> items,
        @Schema(description = "Pass as `cursor` to get the next page; null on the last page", nullable = true) String nextCursor,
        int limit) {
}
