package io.newsroom.gateway.quota;

import io.newsroom.gateway.config.GatewayConfig;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * Tokens this replica took from a client's shared bucket in one Redis call and spends locally until they run out or
 * their window closes. What is left when the window closes goes back to the shared bucket with the next Redis call
 * for that client: across all replicas a client gets exactly its quota, and a replica holds at most one small lease
 * per client.
 */
final class ReplicaLeases {

    private static final class Lease {
        int left;
        final long sharedRemaining;
        final long millisUntilFull;
        final long expiresAtNanos;

        Lease(int left, long sharedRemaining, long millisUntilFull, long expiresAtNanos) {
            this.left = left;
            this.sharedRemaining = sharedRemaining;
            this.millisUntilFull = millisUntilFull;
            this.expiresAtNanos = expiresAtNanos;
        }
    }

    private final ConcurrentMap<String, Lease> leases = new ConcurrentHashMap<>();
    private final long windowNanos;
    private final int maxLease;
    private final LongSupplier nanoClock;

    ReplicaLeases(GatewayConfig.Quota config) {
        this(config.leaseWindow().toNanos(), config.maxLease(), System::nanoTime);
    }

    ReplicaLeases(long windowNanos, int maxLease, LongSupplier nanoClock) {
        this.windowNanos = windowNanos;
        this.maxLease = maxLease;
        this.nanoClock = nanoClock;
    }

    /** How many tokens to ask the shared bucket for: the refill of one window, within [1, max-lease, capacity / 10]. */
    int size(GatewayConfig.Limit limit) {
        double perWindow = limit.refillPerSecond() * windowNanos / 1e9;
        long size = Math.min((long) Math.floor(perWindow), Math.min(maxLease, limit.capacity() / 10));
        return (int) Math.max(1, size);
    }

    /** One token of the client's open lease, or null when it has none left or its window has closed. */
    QuotaDecision take(String key, GatewayConfig.Limit limit) {
        Lease lease = leases.get(key);
        if (lease == null) {
            return null;
        }
        synchronized (lease) {
            if (lease.left == 0 || nanoClock.getAsLong() - lease.expiresAtNanos >= 0) {
                return null;
            }
            lease.left--;
            return new QuotaDecision(true, limit.capacity(), lease.sharedRemaining + lease.left, 0,
                    lease.millisUntilFull, QuotaService.STORE_REDIS);
        }
    }

    /**
     * Ends the client's lease, if any, and returns the tokens it did not spend, for the shared bucket. Only one
     * caller gets them when several race.
     */
    int close(String key) {
        Lease lease = leases.remove(key);
        if (lease == null) {
            return 0;
        }
        synchronized (lease) {
            int unspent = lease.left;
            lease.left = 0;
            return unspent;
        }
    }

    /**
     * Keeps what the shared bucket granted beyond the token the current request spends. Requests that reach Redis
     * while another one's grant is on its way open two leases: the later one takes over the tokens of the earlier,
     * which were otherwise lost (a client at exactly its quota then got 429s).
     */
    void open(String key, int granted, long sharedRemaining, long millisUntilFull) {
        if (granted <= 1) {
            return;
        }
        Lease opened = new Lease(granted - 1, sharedRemaining, millisUntilFull, nanoClock.getAsLong() + windowNanos);
        Lease replaced = leases.put(key, opened);
        if (replaced != null) {
            int left;
            synchronized (replaced) {
                left = replaced.left;
                replaced.left = 0;
            }
            synchronized (opened) {
                opened.left += left;
            }
        }
    }
}
