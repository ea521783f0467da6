package io.newsroom.gateway.quota;

import io.newsroom.gateway.config.GatewayConfig;
import io.newsroom.gateway.security.Caller;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.redis.client.RedisAPI;
import io.vertx.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * Per-client token buckets shared by all replicas through Redis; while Redis is unreachable each replica
 * falls back to buckets of its own (so a client may get up to one bucket per replica), and says so.
 */
@ApplicationScoped
public class QuotaService {

    public static final String STORE_REDIS = "redis";
    public static final String STORE_LOCAL = "local-fallback";

    private static final Logger LOG = Logger.getLogger(QuotaService.class);

    private final GatewayConfig.Quota config;
    private final RedisAPI redis;
    private final Vertx vertx;
    private final LocalTokenBuckets local = new LocalTokenBuckets();
    private final ReplicaLeases leases;
    private final String script;
    private final String scriptSha;
    private volatile long redisRetryAt;
    private volatile boolean degraded;

    @Inject
    public QuotaService(GatewayConfig config, RedisAPI redis, Vertx vertx) {
        this.config = config.quota();
        this.redis = redis;
        this.vertx = vertx;
        this.leases = new ReplicaLeases(this.config);
        this.script = readScript();
        this.scriptSha = sha1(script);
    }

    public Future<QuotaDecision> take(Caller caller) {
        GatewayConfig.Limit limit = limitFor(caller);
        String key = config.keyPrefix() + caller.clientId();
        if (degraded && System.nanoTime() < redisRetryAt) {
            return Future.succeededFuture(local.take(key, limit));
        }
        QuotaDecision leased = leases.take(key, limit);
        if (leased != null) {
            return Future.succeededFuture(leased);
        }
        int unspent = leases.close(key);
        return withTimeout(evaluate(key, limit, leases.size(limit), unspent)).map(reply -> {
            if (degraded) {
                degraded = false;
                LOG.info("quota store: Redis reachable again, buckets are shared by all replicas");
            }
            int granted = reply.get(0).toInteger();
            long remaining = reply.get(1).toLong();
            long untilFull = reply.get(3).toLong();
            leases.open(key, granted, remaining, untilFull);
            return new QuotaDecision(granted >= 1, limit.capacity(), remaining + Math.max(0, granted - 1),
                    reply.get(2).toLong(), untilFull, STORE_REDIS);
        }).recover(error -> {
            if (!degraded) {
                LOG.warnf("quota store: Redis unreachable (%s); this replica enforces quotas with its own buckets",
                        error.toString());
            }
            degraded = true;
            redisRetryAt = System.nanoTime() + config.storeRetryAfter().toNanos();
            return Future.succeededFuture(local.take(key, limit));
        });
    }

    /** Which store decides right now: shared Redis buckets or this replica's fallback buckets. */
    public String currentStore() {
        return degraded ? STORE_LOCAL : STORE_REDIS;
    }

    GatewayConfig.Limit limitFor(Caller caller) {
        GatewayConfig.Limit byClient = config.clients().get(caller.clientId());
        if (byClient != null) {
            return byClient;
        }
        return caller.topRole().map(config.roles()::get).orElse(config.defaults());
    }

    private Future<Response> evaluate(String key, GatewayConfig.Limit limit, int wanted, int unspent) {
        String capacity = Integer.toString(limit.capacity());
        String refill = Double.toString(limit.refillPerSecond());
        String lease = Integer.toString(wanted);
        String giveBack = Integer.toString(unspent);
        return redis.evalsha(List.of(scriptSha, "1", key, capacity, refill, lease, giveBack)).recover(error -> {
            if (error.getMessage() != null && error.getMessage().startsWith("NOSCRIPT")) {
                return redis.eval(List.of(script, "1", key, capacity, refill, lease, giveBack));
            }
            return Future.failedFuture(error);
        });
    }

    private <T> Future<T> withTimeout(Future<T> future) {
        Promise<T> promise = Promise.promise();
        long timer = vertx.setTimer(config.storeTimeout().toMillis(),
                t -> promise.tryFail(new TimeoutException("Redis did not answer in " + config.storeTimeout())));
        future.onComplete(result -> {
            vertx.cancelTimer(timer);
            if (result.succeeded()) {
                promise.tryComplete(result.result());
            } else {
                promise.tryFail(result.cause());
            }
        });
        return promise.future();
    }

    private static String readScript() {
        try (InputStream in = QuotaService.class.getResourceAsStream("/quota/token-bucket.lua")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
