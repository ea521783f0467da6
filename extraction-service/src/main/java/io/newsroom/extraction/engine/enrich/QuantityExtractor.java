package io.newsroom.extraction.engine.enrich;

import io.newsroom.extraction.engine.ArticleAnalysis;
import io.newsroom.extraction.engine.Stage;

/** Finds amounts with what they count ("1,000 prisoners of war"). */
public final class QuantityExtractor implements Stage {

    @Override
    public void apply(ArticleAnalysis analysis) {
        // not built yet: the stage leaves the analysis unchanged
    }
}
