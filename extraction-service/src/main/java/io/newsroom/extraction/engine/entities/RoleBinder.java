package io.newsroom.extraction.engine.entities;

import io.newsroom.extraction.engine.ArticleAnalysis;
import io.newsroom.extraction.engine.Stage;

/** Binds titles and job descriptions to the people they describe ("US Vice President" JD Vance). */
public final class RoleBinder implements Stage {

    @Override
    public void apply(ArticleAnalysis analysis) {
        // not built yet: the stage leaves the analysis unchanged
    }
}
