package io.newsroom.article.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ArticleList", description = "A page of articles, newest first")
public record ArticleListView(
        @Schema(description = "The articles; with `fields`, each holds only id and the fields named",
                implementation = ArticleView.class, type = SchemaType.ARRAY) List<?> items,
        @Schema(description = "Pass as `cursor` to get the next page; null on the last page", nullable = true) String nextCursor,
        int limit) {
}
