package io.newsroom.extraction.engine.enrich;

import io.newsroom.extraction.engine.ArticleAnalysis;
import io.newsroom.extraction.engine.Stage;

/** Picks the words and phrases that say what the article is about. */
public final class KeywordExtractor implements Stage {

    @Override
    public void apply(ArticleAnalysis analysis) {
        // not built yet: the stage leaves the analysis unchanged
    }
}
