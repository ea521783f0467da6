package io.newsroom.extraction.engine.model;

/** A word or punctuation token of the cleaned text; {@code sentence} is the index of its sentence. */
public record Token(String text, int start, int end, int sentence) {

    public boolean isCapitalized() {
        if (!text.isEmpty() && text.charAt(0) < 0x80) {
            return text.charAt(0) >= 'A' && text.charAt(0) <= 'Z';
        }
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isWord() {
        if (!text.isEmpty() && text.charAt(0) < 0x80) {
            char c = text.charAt(0);
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
    }
}
