package io.newsroom.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

@ConfigMapping(prefix = "newsroom.gateway")
public interface GatewayConfig {

    /** Backends by name (article-service, extraction-service). */
    Map<String, Backend> backends();

    /** Proxied routes by name (articles-read, articles-write, extract). */
    Map<String, Route> routes();

    @WithName("max-body-size")
    @WithDefault("2M")
    MemorySize maxBodySize();

    Quota quota();

    Admin admin();

    TokenCache tokenCache();

    Revocation revocation();

    /** Clients whose live tokens are refused (a disabled or deleted partner), shared by all replicas through Redis. */
    interface Revocation {
        /** Redis sorted set: member client id, score the last second whose tokens are refused (the cut-off). */
        @WithDefault("newsroom:revoked-clients")
        String key();

        /** How long a revocation is kept after its cut-off: at least the realm's access token lifespan (300 s), after which no token of before it is alive. */
        @WithDefault("360s")
        Duration retention();

        /** How often a replica reads the set from Redis (the longest a revocation made on another replica takes to apply). */
        @WithDefault("1s")
        Duration refresh();

        /** Tokens issued up to this long after the revocation are refused too (Keycloak's clock against the gateway's). */
        @WithDefault("2s")
        Duration clockSkew();
    }

    Console console();

    /** The admin console at /console. */
    interface Console {
        /** How often the overview's live part reloads itself. */
        @WithDefault("5")
        int refreshSeconds();

        /** How often the progress of a running re-extraction job reloads itself. */
        @WithDefault("2")
        int progressSeconds();
    }

    /** Bearer tokens already verified by this replica, kept so that a repeated token is not verified again. */
    interface TokenCache {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("10000")
        int maxEntries();

        /** Longest time a verified token is trusted without verifying it again (it never outlives its expiry). */
        @WithDefault("60s")
        Duration maxAge();
    }

    interface Backend {
        URI url();

        @WithDefault("2s")
        Duration connectTimeout();

        @WithDefault("200")
        int maxConnections();

        /** Consecutive transport failures (refused, reset, timeout) that open the circuit. */
        @WithDefault("5")
        int failureThreshold();

        @WithDefault("10s")
        Duration openDuration();
    }

    interface Route {
        /** Longest silence from the backend (no headers, no body bytes) before 504. */
        @WithDefault("10s")
        Duration timeout();

        /** Extra attempts after a refused or reset connection; only idempotent methods use them. */
        @WithDefault("1")
        int retries();
    }

    interface Quota {
        @WithDefault("newsroom:gateway:quota:")
        String keyPrefix();

        /** Longest wait for Redis before this replica decides with its own buckets. */
        @WithDefault("250ms")
        Duration storeTimeout();

        /** After a Redis failure, how long this replica stays on its own buckets before trying Redis again. */
        @WithDefault("5s")
        Duration storeRetryAfter();

        /**
         * A replica takes up to this much of a busy client's refill from Redis at once (at most max-lease tokens, at
         * most a tenth of the bucket) and spends it locally, so Redis is asked once per lease, not once per request.
         * Tokens of a lease not spent within the window go back to the shared bucket with the next Redis call.
         */
        @WithDefault("100ms")
        Duration leaseWindow();

        @WithDefault("10")
        int maxLease();

        Limit defaults();

        /** Limits by realm role (admin, partner, reader); the most privileged role of the token wins. */
        Map<String, Limit> roles();

        /** Limits by client id (azp), overriding the role's. */
        Map<String, Limit> clients();
    }

    interface Limit {
        /** Bucket size: the burst a client may send at once. */
        int capacity();

        /** Tokens added per second: the sustained rate. */
        double refillPerSecond();
    }

    interface Admin {
        /** Consumer group of extraction-service, whose lag the statistics report. */
        @WithDefault("extraction-service")
        String extractionGroup();

        @WithDefault("articles.submitted")
        String submittedTopic();

        /** Consumer group of article-service on the extracted topic, whose lag the console shows beside the first. */
        @WithDefault("article-service")
        String articleGroup();

        /** The topic extraction-service publishes each extraction on: the console counts its records per minute. */
        @WithDefault("articles.extracted")
        String extractedTopic();

        @WithDefault("articles.extraction-failed")
        String deadLetterTopic();

        @WithDefault("newsroom")
        String realm();

        /** Keycloak base URL (without /realms), for the partner onboarding admin REST calls. */
        URI keycloakUrl();

        @WithDefault("newsroom-api")
        String audience();

        @WithDefault("200")
        int pageSize();

        Optional<String> bootstrapServers();
    }
}
