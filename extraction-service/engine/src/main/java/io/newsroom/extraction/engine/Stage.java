package io.newsroom.extraction.engine;

import java.util.Set;

/** One step of the extraction pipeline: reads what earlier stages left in the analysis and adds its own part. */
public interface Stage {

    void apply(ArticleAnalysis analysis);

    /** The stage's name in the document's {@code stagesSkipped} and {@code warnings}. */
    default String name() {
        return getClass().getSimpleName();
    }

    /** The languages (ISO 639-1) this stage's rules are written for; empty when it reads text of any language. */
    default Set<String> languages() {
        return Set.of();
    }

    /** The stage under a stable name, applied by the engine only to text in one of {@code languages} (empty: any). */
    static Stage named(String name, Set<String> languages, Stage stage) {
        return new NamedStage(name, Set.copyOf(languages), stage);
    }

    /** A stage under the name the document uses for it. */
    record NamedStage(String name, Set<String> languages, Stage stage) implements Stage {

        @Override
        public void apply(ArticleAnalysis analysis) {
            stage.apply(analysis);
        }
    }
}
