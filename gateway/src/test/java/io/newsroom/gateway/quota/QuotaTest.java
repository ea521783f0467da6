package io.newsroom.gateway.quota;

import io.newsroom.gateway.support.RealmTokens;
import io.newsroom.gateway.support.StubBackends;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.vertx.redis.client.RedisAPI;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Buckets in the shared Redis (under a key prefix of this run): partner-globex may burst 3 requests, then gets one
 * more every 2 seconds; reader-acme has a large bucket that refills slowly, so its leases can be counted.
 */
@QuarkusTest
@WithTestResource(value = StubBackends.class, scope = TestResourceScope.MATCHING_RESOURCES)
@TestProfile(QuotaTest.TightQuota.class)
public class QuotaTest {

    public static class TightQuota implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsroom.gateway.quota.key-prefix", KEY_PREFIX,
                    "newsroom.gateway.quota.lease-window", "100s",
                    "newsroom.gateway.quota.clients.partner-globex.capacity", "3",
                    "newsroom.gateway.quota.clients.partner-globex.refill-per-second", "0.5",
                    "newsroom.gateway.quota.clients.reader-acme.capacity", "1000",
                    "newsroom.gateway.quota.clients.reader-acme.refill-per-second", "0.1");
        }
    }

    static final String ARTICLE = "/api/v1/articles/" + StubBackends.GLOBEX_ARTICLE;
    static final String KEY_PREFIX = "newsroom:gateway:quota-test:" + UUID.randomUUID() + ":";

    @Inject
    RedisAPI redis;

    @Test
    void aBurstOverTheLimitIs429UntilRetryAfterHasPassed() throws InterruptedException {
        assertBurstThen429(RealmTokens.partnerGlobex());
        RestAssured.get("/q/health/ready").then().body("checks[0].data.quotaStore", equalTo("redis"));
    }

    @Test
    void anotherClientKeepsItsOwnBucket() {
        String globex = RealmTokens.partnerGlobex();
        for (int i = 0; i < 6; i++) {
            RestAssured.given().auth().oauth2(globex).get(ARTICLE);
        }
        RestAssured.given().auth().oauth2(RealmTokens.partnerAcme()).get("/api/v1/articles/" + StubBackends.ACME_ARTICLE)
                .then().statusCode(200).header("RateLimit-Limit", "200");
    }

    @Test
    void aBusyClientTakesItsTokensFromRedisOneLeaseAtATime() throws Exception {
        // reader-acme: 0.1 token/s over a 100 s window makes leases of 10 tokens (max-lease), a tenth of its bucket
        String reader = RealmTokens.readerAcme();
        for (int i = 0; i < 25; i++) {
            RestAssured.given().auth().oauth2(reader).get("/api/v1/articles/" + StubBackends.ACME_ARTICLE)
                    .then().statusCode(200).header("RateLimit-Limit", "1000");
        }
        double left = Double.parseDouble(redis.hget(KEY_PREFIX + "reader-acme", "tokens")
                .toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS).toString());
        // three leases of 10 paid for 25 requests (the 5 tokens not yet spent are this replica's until the window
        // closes, then they go back); one request per token would have left 975
        assertTrue(left >= 970 && left < 973, "tokens left in the shared bucket: " + left);
    }

    /** Spends the bucket, checks the 429 and that waiting the announced Retry-After is enough to be let through. */
    static void assertBurstThen429(String token) throws InterruptedException {
        Response refused = null;
        for (int i = 0; i < 10 && refused == null; i++) {
            Response response = RestAssured.given().auth().oauth2(token).get(ARTICLE);
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertEquals(200, response.statusCode());
                assertEquals("3", response.header("RateLimit-Limit"));
            }
        }
        assertTrue(refused != null, "no 429 after 10 requests on a bucket of 3");
        refused.then().contentType("application/problem+json").header("RateLimit-Remaining", "0");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 2, "one token comes back every 2 s, Retry-After was " + retryAfter);
        Thread.sleep(retryAfter * 1000 + 100);
        RestAssured.given().auth().oauth2(token).get(ARTICLE).then().statusCode(200);
    }
}
