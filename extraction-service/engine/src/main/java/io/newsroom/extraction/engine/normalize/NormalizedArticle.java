package io.newsroom.extraction.engine.normalize;

import io.newsroom.extraction.engine.model.ArticleMetadata;

import java.util.List;

/**
 * What the normalization stage makes of a request: the story's cleaned text (every offset in the result points into
 * it), what the page says about the story, and the headings and lines it removed as boilerplate.
 */
public record NormalizedArticle(String text, ArticleMetadata metadata, List<String> boilerplate) {

    public NormalizedArticle {
        boilerplate = List.copyOf(boilerplate);
    }

    /** An article of the given text with nothing known about it (a test's sentence, or a page that could not be read). */
    public static NormalizedArticle ofText(String text) {
        return new NormalizedArticle(text, ArticleMetadata.empty(), List.of());
    }
}
