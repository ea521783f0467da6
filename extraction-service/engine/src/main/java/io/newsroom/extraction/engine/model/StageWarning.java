package io.newsroom.extraction.engine.model;

/** A stage that failed on one document: its name and what went wrong; the rest of the document is still produced. */
public record StageWarning(String stage, String message) {
}
