package io.newsroom.article.messaging;

/** Reactive Messaging channel names; the topics behind them come from configuration. */
public final class Channels {

    public static final String ARTICLES_EXTRACTED = "articles-extracted";
    public static final String ARTICLES_EXTRACTION_FAILED = "articles-extraction-failed";

    /** Kafka record header carrying the request id of the HTTP call that started the flow. */
    public static final String REQUEST_ID_HEADER = "X-Request-Id";

    private Channels() {
    }
}
