package io.newsroom.gateway.routing;

import org.jboss.logging.Logger;

/**
 * Circuit breaker of one backend: opens after consecutive transport failures, lets one probe through
 * once the open period has passed, and closes again when that probe succeeds.
 */
public final class BackendCircuit {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private static final Logger LOG = Logger.getLogger(BackendCircuit.class);

    private final String backend;
    private final int failureThreshold;
    private final long openNanos;

    private State state = State.CLOSED;
    private int consecutiveFailures;
    private long openedAt;
    private boolean probeInFlight;

    public BackendCircuit(String backend, int failureThreshold, long openMillis) {
        this.backend = backend;
        this.failureThreshold = failureThreshold;
        this.openNanos = openMillis * 1_000_000L;
    }

    public synchronized boolean tryAcquire() {
        return switch (state) {
            case CLOSED -> true;
            case OPEN -> {
                if (System.nanoTime() - openedAt < openNanos) {
                    yield false;
                }
                state = State.HALF_OPEN;
                probeInFlight = true;
                yield true;
            }
            case HALF_OPEN -> {
                if (probeInFlight) {
                    yield false;
                }
                probeInFlight = true;
                yield true;
            }
        };
    }

    /** Seconds until a probe may pass, for Retry-After on 503. */
    public synchronized long secondsUntilProbe() {
        long left = openNanos - (System.nanoTime() - openedAt);
        return Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
    }

    public synchronized void onSuccess() {
        if (state != State.CLOSED) {
            LOG.infof("circuit of %s closed: backend answers again", backend);
        }
        state = State.CLOSED;
        consecutiveFailures = 0;
        probeInFlight = false;
    }

    public synchronized void onFailure() {
        probeInFlight = false;
        consecutiveFailures++;
        if (state == State.HALF_OPEN || (state == State.CLOSED && consecutiveFailures >= failureThreshold)) {
            if (state == State.CLOSED) {
                LOG.warnf("circuit of %s opened after %d consecutive failures", backend, consecutiveFailures);
            }
            state = State.OPEN;
            openedAt = System.nanoTime();
        }
    }

    /** A request that ended without telling anything about the backend (e.g. the client went away). */
    public synchronized void onAbandoned() {
        probeInFlight = false;
    }

    public synchronized State state() {
        return state;
    }

    public String backend() {
        return backend;
    }
}
