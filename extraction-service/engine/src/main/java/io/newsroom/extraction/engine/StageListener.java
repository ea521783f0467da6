package io.newsroom.extraction.engine;

/** Told when each stage that runs on an article starts and ends, such as by a benchmark that times them. */
public interface StageListener {

    StageListener NONE = new StageListener() {
    };

    default void started(Stage stage) {
    }

    default void finished(Stage stage) {
    }
}
