package io.newsroom.article.rest;

import io.newsroom.article.Article;
import io.newsroom.article.stories.SimilarArticle;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

@Schema(name = "SimilarArticles", description = "The articles of the tenant near one article, best first")
public record SimilarArticlesView(
        @Schema(description = "The article compared") UUID articleId,
        @Schema(description = "Its story; absent until extracted") UUID storyId,
        List<Item> items) {

    @Schema(name = "SimilarArticle")
    public record Item(
            UUID id,
            UUID storyId,
            @Schema(description = "true when it belongs to the same story") boolean sameStory,
            @Schema(description = "0 to 1: estimated containment of the shorter text in the longer (Jaccard for very "
                    + "short texts); the story threshold is 0.5") double score,
            @Schema(description = "Estimated Jaccard similarity of the two texts' word 3-shingles") double jaccard,
            @Schema(description = "Estimated share of the shorter text's shingles found in the longer") double containment) {
    }

    static SimilarArticlesView of(Article article, List<SimilarArticle> similar) {
        return new SimilarArticlesView(article.id, article.storyId, similar.stream()
                .map(s -> new Item(s.articleId(), s.storyId(), article.storyId != null && Objects.equals(article.storyId, s.storyId()),
                        s.similarity().score(), s.similarity().jaccard(), s.similarity().containment()))
                .toList());
    }
}
