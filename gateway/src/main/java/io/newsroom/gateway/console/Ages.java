package io.newsroom.gateway.console;

import java.time.Duration;
import java.time.Instant;

/** How long ago something happened, as people read it on a page. */
final class Ages {

    private Ages() {
    }

    static String since(Instant then) {
        if (then == null) {
            return "";
        }
        long seconds = Math.max(0, Duration.between(then, Instant.now()).toSeconds());
        if (seconds < 120) {
            return seconds + " s";
        }
        if (seconds < 2 * 3600) {
            return seconds / 60 + " min";
        }
        if (seconds < 2 * 86400) {
            return seconds / 3600 + " h";
        }
        return seconds / 86400 + " days";
    }
}
