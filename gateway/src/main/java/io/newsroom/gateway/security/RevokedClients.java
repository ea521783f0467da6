package io.newsroom.gateway.security;

import io.newsroom.gateway.config.GatewayConfig;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.sortedset.ScoreRange;
import io.quarkus.redis.datasource.sortedset.ScoredValue;
import io.quarkus.redis.datasource.sortedset.SortedSetCommands;
import io.quarkus.redis.datasource.sortedset.ZAddArgs;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Clients whose tokens issued up to a moment (the cut-off) are refused: a partner disabled or deleted in Keycloak can
 * get no new token, and this stops the ones it already has (verified locally, they would otherwise live until they
 * expire). A revocation's cut-off is its second plus {@code clock-skew} (Keycloak's clock may run ahead of this one);
 * a partner enabled again has its cut-off brought back to the last second before the enable, so its new tokens pass
 * while those of before the revocation stay refused.
 * The set lives in Redis (a sorted set, client id scored by its cut-off second, entries older than {@code retention}
 * dropped, the key expiring after it), so every replica refuses the same tokens; each replica reads it every
 * {@code refresh} into a local copy (the set as Redis holds it) that the gate consults with every request, beside the
 * verified-token cache. While Redis does not answer, a replica keeps its last copy (each entry still ends after
 * {@code retention}) and its own changes, which it writes to Redis once Redis answers again: changes made meanwhile on
 * other replicas apply here when Redis is back.
 */
@ApplicationScoped
public class RevokedClients {

    private static final Logger LOG = Logger.getLogger(RevokedClients.class);

    private final Map<String, Long> cutOffs = new ConcurrentHashMap<>();
    /** Changes not yet in Redis: a revocation (the later cut-off wins) or a restore (it replaces the cut-off). */
    private final Map<String, Change> unsaved = new ConcurrentHashMap<>();
    /** Counts this replica's changes, so that a read of Redis begun before one does not overwrite it. */
    private final AtomicLong changes = new AtomicLong();
    private final String key;
    private final long retentionSeconds;
    private final long refreshMillis;
    private final long skewSeconds;
    private final LongSupplier clock;
    private final RedisDataSource redis;
    private volatile boolean redisAnswers = true;
    private ScheduledExecutorService refresher;

    @Inject
    public RevokedClients(GatewayConfig config, RedisDataSource redis) {
        this(config.revocation().key(), config.revocation().retention().toSeconds(), config.revocation().refresh().toMillis(),
                config.revocation().clockSkew().toSeconds(), System::currentTimeMillis, redis);
    }

    RevokedClients(String key, long retentionSeconds, long refreshMillis, long skewSeconds, LongSupplier clock,
                   RedisDataSource redis) {
        this.key = key;
        this.retentionSeconds = retentionSeconds;
        this.refreshMillis = refreshMillis;
        this.skewSeconds = skewSeconds;
        this.clock = clock;
        this.redis = redis;
    }

    void start(@Observes StartupEvent event) {
        refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "revoked-clients");
            thread.setDaemon(true);
            return thread;
        });
        refresher.scheduleWithFixedDelay(this::refresh, 0, refreshMillis, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }

    private record Change(long cutOff, boolean restore) {
    }

    /** Refuses the client's tokens issued up to now, on this replica at once and on the others within a refresh. */
    public void revoke(String clientId) {
        long cutOff = nowSeconds() + skewSeconds;
        changes.incrementAndGet();
        cutOffs.merge(clientId, cutOff, Math::max);
        unsaved.merge(clientId, new Change(cutOff, false),
                (earlier, later) -> earlier.cutOff >= later.cutOff ? earlier : later);
        saveOrKeep(clientId);
    }

    /**
     * For a client enabled again: its tokens issued from now on pass, those issued up to its revocation stay refused.
     * The cut-off comes back to the last second before now, but never before the revocation's own second; the answer
     * is the first second whose tokens pass, which the caller waits for before Keycloak issues tokens again (it is at
     * most the next second, when the client is enabled in the second it was revoked).
     */
    public long restore(String clientId) {
        Long cutOff = latestCutOff(clientId);
        if (cutOff == null) {
            return nowSeconds();
        }
        long restored = Math.max(cutOff - skewSeconds, Math.min(cutOff, nowSeconds() - 1));
        changes.incrementAndGet();
        cutOffs.put(clientId, restored);
        unsaved.put(clientId, new Change(restored, true));
        saveOrKeep(clientId);
        return restored + 1;
    }

    /** The client's cut-off here or in Redis, whichever is later (another replica may have revoked it since the last read). */
    private Long latestCutOff(String clientId) {
        Long local = cutOffs.get(clientId);
        try {
            OptionalDouble shared = redis.sortedSet(String.class).zscore(key, clientId);
            if (shared.isPresent() && (local == null || (long) shared.getAsDouble() > local)) {
                return (long) shared.getAsDouble();
            }
        } catch (RuntimeException e) {
            LOG.debugf("cut-off of %s read from this replica's copy: %s", clientId, e.getMessage());
        }
        return local;
    }

    private void saveOrKeep(String clientId) {
        try {
            save();
        } catch (RuntimeException e) {
            LOG.warnf("revocation change of %s kept on this replica until Redis answers: %s", clientId, e.getMessage());
        }
    }

    /** Whether the request's token was issued by a revoked client up to its cut-off. */
    public boolean refuses(RoutingContext ctx, Caller caller) {
        if (caller.clientId() == null || !(ctx.user() instanceof QuarkusHttpUser user)) {
            return false;
        }
        SecurityIdentity identity = user.getSecurityIdentity();
        if (identity == null || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return false;
        }
        return refuses(caller.clientId(), issuedAt(jwt));
    }

    /** The token's iat in seconds; OIDC's principal may hold it as a JSON number rather than a Long. */
    private static long issuedAt(JsonWebToken jwt) {
        Object iat = jwt.getClaim("iat");
        if (iat instanceof Number number) {
            return number.longValue();
        }
        if (iat instanceof jakarta.json.JsonNumber number) {
            return number.longValue();
        }
        // no readable iat: the token is taken as issued before any revocation
        return 0;
    }

    boolean refuses(String clientId, long issuedAtSeconds) {
        Long cutOff = cutOffs.get(clientId);
        if (cutOff == null) {
            return false;
        }
        if (cutOff <= nowSeconds() - retentionSeconds) {
            cutOffs.remove(clientId, cutOff);
            return false;
        }
        return issuedAtSeconds <= cutOff;
    }

    /** Whether the last read of the set from Redis succeeded (else this replica decides with its own copy). */
    public boolean shared() {
        return redisAnswers;
    }

    void refresh() {
        try {
            long seen = changes.get();
            save();
            SortedSetCommands<String, String> set = redis.sortedSet(String.class);
            long oldest = nowSeconds() - retentionSeconds;
            set.zremrangebyscore(key, new ScoreRange<>(Double.NEGATIVE_INFINITY, (double) oldest));
            Map<String, Long> read = new HashMap<>();
            for (ScoredValue<String> entry : set.zrangeWithScores(key, 0, -1)) {
                read.put(entry.value(), (long) entry.score());
            }
            // Redis's set replaces the copy (a restore on another replica lowers a cut-off), with this replica's unsaved
            // changes kept over it; a change made here during the read waits for the next one, which includes it
            if (changes.get() == seen) {
                cutOffs.putAll(read);
                unsaved.forEach((client, change) -> cutOffs.put(client, change.cutOff));
                cutOffs.keySet().removeIf(client -> !read.containsKey(client) && !unsaved.containsKey(client));
            }
            if (!redisAnswers) {
                LOG.info("revoked clients: Redis answers again, the set is shared by all replicas");
            }
            redisAnswers = true;
        } catch (RuntimeException e) {
            if (redisAnswers) {
                LOG.warnf("revoked clients: Redis does not answer (%s); this replica refuses what it knew and revokes itself",
                        e.getMessage());
            }
            redisAnswers = false;
        }
    }

    private void save() {
        if (unsaved.isEmpty()) {
            return;
        }
        SortedSetCommands<String, String> set = redis.sortedSet(String.class);
        for (Map.Entry<String, Change> entry : Map.copyOf(unsaved).entrySet()) {
            Change change = entry.getValue();
            // GT: a revocation never moves back a later one made by another replica; a restore replaces it
            set.zadd(key, change.restore ? new ZAddArgs() : new ZAddArgs().gt(), (double) change.cutOff, entry.getKey());
            unsaved.remove(entry.getKey(), change);
        }
        redis.key().expire(key, retentionSeconds);
    }

    private long nowSeconds() {
        return clock.getAsLong() / 1000;
    }
}
