package io.newsroom.extraction.engine.sources;

import io.newsroom.extraction.engine.ArticleAnalysis;
import io.newsroom.extraction.engine.Stage;

/** Finds the outlets and agencies the article cites as its sources ("per Reuters", "CNN reported"). */
public final class SourceCitationFinder implements Stage {

    @Override
    public void apply(ArticleAnalysis analysis) {
        // not built yet: the stage leaves the analysis unchanged
    }
}
