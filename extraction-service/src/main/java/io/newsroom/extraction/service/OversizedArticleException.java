package io.newsroom.extraction.service;

/** The article is larger than the configured content limit; retrying cannot help. */
public class OversizedArticleException extends RuntimeException {

    public OversizedArticleException(long bytes, int limit) {
        super("content is " + bytes + " bytes, the limit is " + limit);
    }
}
