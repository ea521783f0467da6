package io.newsroom.extraction.engine.enrich;

import io.newsroom.extraction.engine.ArticleAnalysis;
import io.newsroom.extraction.engine.Stage;

/** Picks the few sentences that best summarise the article. */
public final class SummaryExtractor implements Stage {

    @Override
    public void apply(ArticleAnalysis analysis) {
        // not built yet: the stage leaves the analysis unchanged
    }
}
