package io.newsroom.extraction.engine.dates;

import io.newsroom.extraction.engine.ArticleAnalysis;
import io.newsroom.extraction.engine.Stage;

/** Finds dates, times, durations and sets and gives each its TimeML value, relative ones resolved against the publication date. */
public final class TemporalExpressionTagger implements Stage {

    @Override
    public void apply(ArticleAnalysis analysis) {
        // not built yet: the stage leaves the analysis unchanged
    }
}
