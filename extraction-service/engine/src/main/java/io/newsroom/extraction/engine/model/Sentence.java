package io.newsroom.extraction.engine.model;

/** A sentence of the cleaned text, as character offsets; {@code paragraph} counts paragraphs from 0. */
public record Sentence(int index, int start, int end, int paragraph) {

    public String of(String text) {
        return text.substring(start, end);
    }
}
