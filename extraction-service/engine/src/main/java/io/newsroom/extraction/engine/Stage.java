package io.newsroom.extraction.engine;

/** One step of the extraction pipeline: reads what earlier stages left in the analysis and adds its own part. */
public interface Stage {

    void apply(ArticleAnalysis analysis);

    default String name() {
        return getClass().getSimpleName();
    }
}
