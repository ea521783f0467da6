package io.newsroom.extraction.engine.model;

/**
 * A temporal expression with its TimeML value ({@code 2025-05-19}, {@code 2025-W20}, {@code P3Y}, {@code PRESENT_REF}).
 * {@code type} is the TimeML type: DATE, TIME or SET. {@code value} is null for a relative date with no trustworthy
 * anchor to resolve it against.
 */
public record DateMention(String text, String value, String type, int start, int end) {
}
