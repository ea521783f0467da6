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

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        // kept for the retention after its cut-off, the revocation's second plus the clock skew
        clock[0] += (360 + 2 + 1) * 1000;
        assertFalse(replica.refuses(CLIENT, issued), "past the retention no token of before the revocation is alive");
    }

    @Test
    void aClientEnabledAgainInTheSecondOfItsRevocationHasItsNewTokensPassOnEveryReplica() {
        long[] clock = {(System.currentTimeMillis() / 1000) * 1000 + 300};
        long second = clock[0] / 1000;
        RevokedClients first = new RevokedClients(KEY, 360, 1000, 2, () -> clock[0], redis);
        RevokedClients other = new RevokedClients(KEY, 360, 1000, 2, () -> clock[0], redis);
        first.revoke(CLIENT);
        other.refresh();
        assertTrue(other.refuses(CLIENT, second + 2), "within the clock-skew margin before the enable");

        clock[0] += 400;
        assertEquals(second + 1, first.restore(CLIENT), "tokens pass from the next second");
        other.refresh();
        for (RevokedClients replica : new RevokedClients[]{first, other}) {
            assertTrue(replica.refuses(CLIENT, second - 10), "a token of before the revocation");
            assertTrue(replica.refuses(CLIENT, second), "a token of the revocation's second");
            assertFalse(replica.refuses(CLIENT, second + 1), "a token issued after the enable");
        }
    }

    @Test
    void aClientEnabledAgainSecondsLaterHasItsNewTokensPassAtOnce() {
        long[] clock = {System.currentTimeMillis()};
        long second = clock[0] / 1000;
        RevokedClients first = new RevokedClients(KEY, 360, 1000, 2, () -> clock[0], redis);
        RevokedClients other = new RevokedClients(KEY, 360, 1000, 2, () -> clock[0], redis);
        first.revoke(CLIENT);
        clock[0] += 1000;
        // enabled on a replica that has not read the revocation yet: Redis's cut-off counts
        assertEquals(second + 1, other.restore(CLIENT), "the first second after the revocation's");
        assertFalse(other.refuses(CLIENT, second + 1));
        first.refresh();
        assertFalse(first.refuses(CLIENT, second + 1), "the revoking replica lowers its cut-off from Redis");
        assertTrue(first.refuses(CLIENT, second));

        first.revoke(CLIENT);
        other.refresh();
        assertTrue(other.refuses(CLIENT, second + 1), "a later revocation raises the cut-off again");
        assertEquals(clock[0] / 1000, other.restore("partner-never-revoked-" + StubBackends.RUN), "a client never revoked passes at once");
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
