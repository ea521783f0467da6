package io.newsroom.gateway.quota;

import io.newsroom.gateway.config.GatewayConfig;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** This replica's own buckets, used while Redis cannot be reached: same arithmetic as token-bucket.lua. */
final class LocalTokenBuckets {

    private static final class Bucket {
        double tokens;
        long atNanos;
    }

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    QuotaDecision take(String key, GatewayConfig.Limit limit) {
        Bucket bucket = buckets.computeIfAbsent(key, k -> {
            Bucket fresh = new Bucket();
            fresh.tokens = limit.capacity();
            fresh.atNanos = System.nanoTime();
            return fresh;
        });
        synchronized (bucket) {
            long now = System.nanoTime();
            double refillPerMilli = limit.refillPerSecond() / 1000;
            bucket.tokens = Math.min(limit.capacity(), bucket.tokens + (now - bucket.atNanos) / 1_000_000.0 * refillPerMilli);
            bucket.atNanos = now;
            boolean allowed = bucket.tokens >= 1;
            if (allowed) {
                bucket.tokens -= 1;
            }
            long untilOne = bucket.tokens < 1 ? (long) Math.ceil((1 - bucket.tokens) / refillPerMilli) : 0;
            long untilFull = (long) Math.ceil((limit.capacity() - bucket.tokens) / refillPerMilli);
            return new QuotaDecision(allowed, limit.capacity(), (long) Math.floor(bucket.tokens), untilOne, untilFull,
                    QuotaService.STORE_LOCAL);
        }
    }
}
