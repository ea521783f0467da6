package io.newsroom.gateway.quota;

import io.newsroom.gateway.support.RealmTokens;
import io.newsroom.gateway.support.StubBackends;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/** Redis unreachable (a closed port, not the shared Redis stopped): this replica's own buckets keep the limit. */
@QuarkusTest
@WithTestResource(value = StubBackends.class, scope = TestResourceScope.MATCHING_RESOURCES)
@TestProfile(QuotaFallbackTest.RedisUnreachable.class)
class QuotaFallbackTest {

    public static class RedisUnreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.redis.hosts", "redis://127.0.0.1:" + closedPort(),
                    "newsroom.gateway.quota.clients.partner-globex.capacity", "3",
                    "newsroom.gateway.quota.clients.partner-globex.refill-per-second", "0.5");
        }
    }

    @Test
    void quotasHoldWithTheLocalBucketsAndHealthSaysSo() throws InterruptedException {
        QuotaTest.assertBurstThen429(RealmTokens.partnerGlobex());
        RestAssured.get("/q/health/ready").then().statusCode(200)
                .body("checks[0].data.quotaStore", equalTo("local-fallback"));
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
