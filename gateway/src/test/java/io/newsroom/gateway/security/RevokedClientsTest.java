package io.newsroom.gateway.security;

import io.newsroom.gateway.support.StubBackends;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The revoked-client set shared through the real Redis by two replicas, and a replica's fallback while Redis is away. */
@QuarkusTest
@WithTestResource(value = StubBackends.class, scope = TestResourceScope.MATCHING_RESOURCES)
class RevokedClientsTest {

    private static final String KEY = "gateway-test:" + StubBackends.RUN + ":revoked-clients";
    private static final String CLIENT = "partner-revoked-" + StubBackends.RUN;

    @Inject
    RedisDataSource redis;

    @AfterEach
    void dropTheSet() {
        redis.key().del(KEY);
    }

    @Test
    void aRevocationOnOneReplicaRefusesTheTokensOfBeforeItOnAnother() {
        RevokedClients first = replica(redis);
        RevokedClients second = replica(redis);
        long now = System.currentTimeMillis() / 1000;
        assertFalse(second.refuses(CLIENT, now - 10));

        first.revoke(CLIENT);
        assertTrue(first.refuses(CLIENT, now - 10), "the revoking replica refuses at once");
        second.refresh();
        assertTrue(second.shared());
        assertTrue(second.refuses(CLIENT, now - 10), "a token issued before the revocation");
        assertTrue(second.refuses(CLIENT, now + 1), "within the clock-skew margin");
        assertFalse(second.refuses(CLIENT, now + 60), "a token issued after the revocation");
        assertFalse(second.refuses("partner-other-" + StubBackends.RUN, now - 10), "another client");
        assertTrue(redis.key().ttl(KEY) > 0 && redis.key().ttl(KEY) <= 360, "the set expires after the retention");
    }

    @Test
    void aRevocationOutlivesNoTokenAndEndsAfterTheRetention() {
        long[] clock = {System.currentTimeMillis()};
        RevokedClients replica = new RevokedClients(KEY, 360, 1000, 2, () -> clock[0], redis);
        long issued = clock[0] / 1000 - 1;
        replica.revoke(CLIENT);
        assertTrue(replica.refuses(CLIENT, issued));
        clock[0] += 361_000;
        assertFalse(replica.refuses(CLIENT, issued), "past the retention no token of before the revocation is alive");
    }

    @Test
    void withoutRedisAReplicaRefusesWhatItRevokedAndSharesItOnceRedisAnswers() {
        AtomicBoolean up = new AtomicBoolean(false);
        RedisDataSource flaky = (RedisDataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{RedisDataSource.class}, (proxy, method, args) -> {
                    if (!up.get()) {
                        throw new IllegalStateException("Redis does not answer");
                    }
                    try {
                        return method.invoke(redis, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        RevokedClients cut = replica(flaky);
        RevokedClients other = replica(redis);
        long now = System.currentTimeMillis() / 1000;
        cut.revoke(CLIENT);
        cut.refresh();
        assertFalse(cut.shared(), "the replica knows it decides alone");
        assertTrue(cut.refuses(CLIENT, now - 10), "its own revocation holds without Redis");
        other.refresh();
        assertFalse(other.refuses(CLIENT, now - 10), "nothing reached Redis while it was away");

        up.set(true);
        cut.refresh();
        assertTrue(cut.shared());
        other.refresh();
        assertTrue(other.refuses(CLIENT, now - 10), "the kept revocation was written once Redis answered");
    }

    private static RevokedClients replica(RedisDataSource redis) {
        return new RevokedClients(KEY, 360, 1000, 2, System::currentTimeMillis, redis);
    }
}
