package io.newsroom.article.webhook;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));

    @Test
    void doublesFromInitialUpToTheCap() {
        assertEquals(Duration.ofSeconds(30), backoff.ceiling(1));
        assertEquals(Duration.ofSeconds(60), backoff.ceiling(2));
        assertEquals(Duration.ofSeconds(120), backoff.ceiling(3));
        assertEquals(Duration.ofSeconds(1920), backoff.ceiling(7));
        assertEquals(Duration.ofHours(1), backoff.ceiling(8));
        assertEquals(Duration.ofHours(1), backoff.ceiling(1000));
    }

    @Test
    void jitterStaysInTheUpperHalf() {
        assertEquals(Duration.ofSeconds(15), backoff.after(1, () -> 0.0));
        assertEquals(Duration.ofMillis(29_999), backoff.after(1, () -> 0.99999));
        assertEquals(Duration.ofMinutes(30), backoff.after(50, () -> 0.0));
    }

    @Test
    void defaultScheduleKeepsTryingForMoreThanADay() {
        // the earliest (all jitter 0) schedule still spans a day within the default 3-day max age, in few attempts
        Duration elapsed = Duration.ZERO;
        int attempts = 0;
        while (elapsed.compareTo(Duration.ofDays(1)) < 0) {
            elapsed = elapsed.plus(backoff.after(++attempts, () -> 0.0));
        }
        assertTrue(attempts > 10 && attempts < 60, "attempts within the first day: " + attempts);
        assertTrue(elapsed.compareTo(Duration.ofDays(3)) < 0);
    }
}
