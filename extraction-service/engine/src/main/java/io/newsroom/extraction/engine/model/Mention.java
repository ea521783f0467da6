package io.newsroom.extraction.engine.model;

/** A span of the cleaned text: {@code text.substring(start, end).equals(this.text)}. */
public record Mention(int start, int end, String text) {
}
