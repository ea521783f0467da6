package io.newsroom.article.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "newsroom")
public interface ArticleConfig {

    Articles articles();

    Topics topics();

    Outbox outbox();

    Results results();

    interface Articles {
        /** Largest accepted article content, in UTF-8 bytes. */
        @WithDefault("2097152")
        int maxContentBytes();

        @WithDefault("20")
        int defaultPageSize();

        @WithDefault("100")
        int maxPageSize();
    }

    interface Topics {
        @WithDefault("articles.submitted")
        String submitted();

        @WithDefault("articles.extracted")
        String extracted();

        @WithDefault("articles.extraction-failed")
        String extractionFailed();
    }

    interface Outbox {
        @WithDefault("true")
        boolean relayEnabled();

        /** Longest wait for a scan of the outbox when no commit wakes the relay, and the pause after an outage. */
        @WithDefault("1s")
        Duration relayInterval();

        @WithDefault("100")
        int batchSize();

        /**
         * PostgreSQL channel a commit that queues an event notifies and each relay listens on, so that every
         * replica's relay wakes for another replica's commit; "none" turns it off (the periodic scan still delivers).
         */
        @WithDefault("newsroom_outbox")
        String notifyChannel();

        /** How long one relay round waits for the broker's acknowledgements. */
        @WithDefault("15s")
        Duration sendTimeout();

        /** Sent rows older than this are purged. */
        @WithDefault("P7D")
        Duration retention();

        /** Producer max.request.size: one article record must fit (the broker allows 8 MiB). */
        @WithDefault("8388608")
        int maxRequestBytes();
    }

    /** Storing the extraction results consumed from Kafka. */
    interface Results {
        /** First pause before storing a result again; doubles after each failed attempt. */
        @WithDefault("200ms")
        Duration retryDelay();

        /** Longest pause between attempts while the database is unreachable (retried until it is back). */
        @WithDefault("30s")
        Duration maxRetryDelay();

        /** Attempts for a failure that is not a database outage, after which the event is skipped as unstorable. */
        @WithDefault("5")
        int maxAttempts();
    }
}
