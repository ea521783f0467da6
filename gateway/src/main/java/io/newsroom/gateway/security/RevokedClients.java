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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Clients whose tokens issued up to a moment are refused: a partner disabled or deleted in Keycloak can get no new
 * token, and this stops the ones it already has (verified locally, they would otherwise live until they expire).
 * The set lives in Redis (a sorted set, client id scored by the second of its revocation, entries older than
 * {@code retention} dropped, the key expiring after it), so every replica refuses the same tokens; each replica reads
 * it every {@code refresh} into a local copy that the gate consults with every request, beside the verified-token
 * cache. While Redis does not answer, a replica keeps its last copy (each entry still ends after {@code retention})
 * and its own revocations, which it writes to Redis once Redis answers again: revocations made meanwhile on other
 * replicas apply here when Redis is back.
 */
@ApplicationScoped
public class RevokedClients {

    private static final Logger LOG = Logger.getLogger(RevokedClients.class);

    private final Map<String, Long> revokedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> unsaved = new ConcurrentHashMap<>();
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

    /** Refuses the client's tokens issued up to now, on this replica at once and on the others within a refresh. */
    public void revoke(String clientId) {
        long now = nowSeconds();
        revokedAt.merge(clientId, now, Math::max);
        unsaved.merge(clientId, now, Math::max);
        try {
            save();
        } catch (RuntimeException e) {
            LOG.warnf("revocation of %s kept on this replica until Redis answers: %s", clientId, e.getMessage());
        }
    }

    /** Whether the request's token was issued by a client before (or up to the skew after) the client was revoked. */
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
        Long revoked = revokedAt.get(clientId);
        if (revoked == null) {
            return false;
        }
        if (revoked <= nowSeconds() - retentionSeconds) {
            revokedAt.remove(clientId, revoked);
            return false;
        }
        return issuedAtSeconds <= revoked + skewSeconds;
    }

    /** Whether the last read of the set from Redis succeeded (else this replica decides with its own copy). */
    public boolean shared() {
        return redisAnswers;
    }

    void refresh() {
        try {
            save();
            SortedSetCommands<String, String> set = redis.sortedSet(String.class);
            long oldest = nowSeconds() - retentionSeconds;
            set.zremrangebyscore(key, new ScoreRange<>(Double.NEGATIVE_INFINITY, (double) oldest));
            Map<String, Long> read = new HashMap<>();
            for (ScoredValue<String> entry : set.zrangeWithScores(key, 0, -1)) {
                read.put(entry.value(), (long) entry.score());
            }
            read.forEach((client, at) -> revokedAt.merge(client, at, Math::max));
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
        for (Map.Entry<String, Long> entry : Map.copyOf(unsaved).entrySet()) {
            // GT: a later revocation made by another replica is never moved back
            set.zadd(key, new ZAddArgs().gt(), (double) entry.getValue(), entry.getKey());
            unsaved.remove(entry.getKey(), entry.getValue());
        }
        redis.key().expire(key, retentionSeconds);
    }

    private long nowSeconds() {
        return clock.getAsLong() / 1000;
    }
}
