package io.newsroom.article.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "Story", description = "Articles of one tenant that are the same story")
public record StoryView(
        UUID id,
        String tenant,
        @Schema(description = "How many articles the story has") long articleCount,
        @Schema(description = "Its articles, oldest first, at most 100 (list items without content)") List<ArticleView> articles) {
}
