package io.newsroom.extraction.engine.model;

/** A word or punctuation token of the cleaned text; {@code sentence} is the index of its sentence. */
public record Token(String text, int start, int end, int sentence) {

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
    }
}
