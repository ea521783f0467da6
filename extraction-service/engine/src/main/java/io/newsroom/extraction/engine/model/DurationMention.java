package io.newsroom.extraction.engine.model;

/** A length of time ("a six-year term", "three hours") with its ISO 8601 duration value ({@code P6Y}, {@code PT3H}). */
public record DurationMention(String text, String value, int start, int end) {
}
