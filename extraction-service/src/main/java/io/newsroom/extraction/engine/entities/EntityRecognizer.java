package io.newsroom.extraction.engine.entities;

import io.newsroom.extraction.engine.ArticleAnalysis;
import io.newsroom.extraction.engine.Stage;

/** Finds people, organisations and places, one entity per real-world thing with every alias merged. */
public final class EntityRecognizer implements Stage {

    @Override
    public void apply(ArticleAnalysis analysis) {
        // not built yet: the stage leaves the analysis unchanged
    }
}
