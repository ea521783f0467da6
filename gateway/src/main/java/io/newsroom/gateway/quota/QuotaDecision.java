package io.newsroom.gateway.quota;

import io.vertx.core.http.HttpServerResponse;

/** The outcome of taking one token from a client's bucket, and the RateLimit headers that tell it. */
public record QuotaDecision(boolean allowed, int limit, long remaining, long millisUntilToken, long millisUntilFull,
                            String store) {

    public long retryAfterSeconds() {
        return Math.max(1, ceilSeconds(millisUntilToken));
    }

    public void writeHeaders(HttpServerResponse response) {
        response.putHeader("RateLimit-Limit", Integer.toString(limit));
        response.putHeader("RateLimit-Remaining", Long.toString(Math.max(0, remaining)));
        response.putHeader("RateLimit-Reset", Long.toString(ceilSeconds(allowed ? millisUntilFull : millisUntilToken)));
        if (!allowed) {
            response.putHeader("Retry-After", Long.toString(retryAfterSeconds()));
        }
    }

    private static long ceilSeconds(long millis) {
        return (millis + 999) / 1000;
    }
}
