package io.newsroom.article.messaging;

/** An event that can never be applied (unreadable JSON, missing field, unknown schema version). */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
