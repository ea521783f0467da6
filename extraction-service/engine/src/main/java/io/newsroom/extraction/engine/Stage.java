package io.newsroom.extraction.engine;

import java.util.Set;

/**
 * One step of the pipeline, under the name the document's {@code stagesSkipped} and {@code warnings} use, with the
 * languages (ISO 639-1) its rules are written for; empty when it reads text of any language.
 */
public record Stage(String name, Set<String> languages) {

    public Stage {
        languages = Set.copyOf(languages);
    }

    /** True when the stage's rules are written for text in {@code language}. */
    public boolean reads(String language) {
        return languages.isEmpty() || languages.contains(language);
    }
}
