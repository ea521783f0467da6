package io.newsroom.extraction.engine.quotes;

import io.newsroom.extraction.engine.ArticleAnalysis;
import io.newsroom.extraction.engine.Stage;

/** Finds direct quotes and reported speech, their speaker and the outlet that relayed them. */
public final class QuoteAttributor implements Stage {

    @Override
    public void apply(ArticleAnalysis analysis) {
        // not built yet: the stage leaves the analysis unchanged
    }
}
