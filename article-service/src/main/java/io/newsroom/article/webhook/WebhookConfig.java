package io.newsroom.article.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Webhook registration and delivery settings (newsroom.webhooks.*). */
@ConfigMapping(prefix = "newsroom.webhooks")
public interface WebhookConfig {

    /** Runs the background dispatcher in this instance. */
    @WithDefault("true")
    boolean dispatcherEnabled();

    /**
     * Test and development only: accepts http URLs and sends to loopback, private and link-local addresses.
     * Never set in production.
     */
    @WithDefault("false")
    boolean allowInsecureTargets();

    /** Base of the article link in a delivery, the gateway's public address. */
    @WithDefault("http://127.0.0.1:8080")
    String publicBaseUrl();

    @WithDefault("1s")
    Duration pollInterval();

    @WithDefault("20")
    int batchSize();

    @WithDefault("5s")
    Duration connectTimeout();

    /** Bound on the whole exchange, the receiver's answer included. */
    @WithDefault("10s")
    Duration readTimeout();

    /** Bytes of the receiver's answer read (kept in the log as the error detail); the rest is dropped. */
    @WithDefault("4096")
    int maxResponseBytes();

    /** A claimed delivery not answered within this time (the instance died) is claimed again. */
    @WithDefault("2m")
    Duration claimLease();

    /** Delay before the second attempt; doubled for each further one, up to maxBackoff, with jitter. */
    @WithDefault("30s")
    Duration initialBackoff();

    @WithDefault("1h")
    Duration maxBackoff();

    /** A delivery is retried until this old, then given up (status FAILED). */
    @WithDefault("P3D")
    Duration maxAge();

    /** An endpoint is disabled after this many consecutive failed attempts... */
    @WithDefault("50")
    int disableAfterFailures();

    /** ...that have lasted at least this long (from its first failure without a success since). */
    @WithDefault("P1D")
    Duration disableAfter();
}
