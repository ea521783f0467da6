package io.newsroom.extraction.messaging;

/** Channel names, shared by the code and its tests; topic names live in application.properties. */
public final class Channels {

    public static final String SUBMITTED = "articles-submitted";
    public static final String EXTRACTED = "articles-extracted";
    public static final String EXTRACTION_FAILED = "articles-extraction-failed";
    public static final String REQUEST_ID_HEADER = "X-Request-Id";

    private Channels() {
    }
}
