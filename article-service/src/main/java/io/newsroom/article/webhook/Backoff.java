package io.newsroom.article.webhook;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/** Delay after a failed attempt: initial * 2^(attempts-1), capped, then a random "equal jitter" of its upper half. */
public record Backoff(Duration initial, Duration max) {

    /** The delay before the next attempt, after the given number of failed attempts (1 for the first failure). */
    public Duration after(int failedAttempts, DoubleSupplier random) {
        long ceiling = ceiling(failedAttempts).toMillis();
        long half = ceiling / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (ceiling - half)));
    }

    /** The delay without jitter: the most the next attempt waits. */
    public Duration ceiling(int failedAttempts) {
        int shift = Math.max(0, Math.min(failedAttempts - 1, 40));
        long millis = initial.toMillis();
        long capped = max.toMillis();
        return Duration.ofMillis(millis > (capped >> shift) ? capped : Math.min(capped, millis << shift));
    }
}
