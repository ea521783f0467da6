package io.newsroom.article.stories;

import java.util.UUID;

/** An article's cleaned text (its extraction's `text`), to be given a story. */
public record StoryText(UUID articleId, String tenant, String text) {
}
