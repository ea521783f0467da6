package io.newsroom.extraction.messaging;

/** An articles.submitted payload that cannot be read; it goes to the failed topic instead of being retried. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
