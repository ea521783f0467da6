package io.newsroom.extraction.rest;

/** A request the API refuses, with its HTTP status (400, 415, or 422 for binary content) and the reason shown to the caller. */
public class BadRequestException extends RuntimeException {

    private final int status;

    public BadRequestException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
