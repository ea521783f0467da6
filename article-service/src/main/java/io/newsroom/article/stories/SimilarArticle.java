package io.newsroom.article.stories;

import java.util.UUID;

/** A stored article near another one, with how near. */
public record SimilarArticle(UUID articleId, UUID storyId, StoryMatcher.Similarity similarity) {
}
