package io.newsroom.gateway.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsroom.gateway.quota.QuotaTest;
import io.newsroom.gateway.support.RealmTokens;
import io.newsroom.gateway.support.StubBackends;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gateway's meters move with the traffic, and /q/metrics shows them to an admin only. */
@QuarkusTest
@WithTestResource(value = StubBackends.class, scope = TestResourceScope.MATCHING_RESOURCES)
@TestProfile(QuotaTest.TightQuota.class)
class GatewayMetricsTest {

    private static final String ACME_ARTICLE = "/api/v1/articles/" + StubBackends.ACME_ARTICLE;
    private static final String GLOBEX_ARTICLE = "/api/v1/articles/" + StubBackends.GLOBEX_ARTICLE;

    @Inject
    MeterRegistry registry;

    @Test
    void theMetricsEndpointAnswersAnAdminOnly() {
        RestAssured.get("/q/metrics").then().statusCode(401).contentType("application/problem+json");
        RestAssured.get("/q/metrics/").then().statusCode(401);
        RestAssured.get("/api/v1/../q/metrics").then().statusCode(401);
        RestAssured.given().auth().oauth2(RealmTokens.partnerAcme()).get("/q/metrics").then().statusCode(403);
        RestAssured.given().auth().oauth2(RealmTokens.readerAcme()).get("/q/metrics").then().statusCode(403);

        RestAssured.given().auth().oauth2(RealmTokens.partnerAcme()).get(ACME_ARTICLE).then().statusCode(200);
        RestAssured.given().auth().oauth2(RealmTokens.admin()).get("/q/metrics").then().statusCode(200)
                .body(containsString("cache_gets_total{cache=\"" + GatewayMetrics.TOKEN_CACHE + "\",result=\"hit\"}"))
                .body(containsString("gateway_backend_circuit_state{backend=\"article-service\",state=\"closed\"} 1.0"))
                .body(containsString("gateway_backend_latency_seconds_bucket{backend=\"article-service\""));
    }

    @Test
    void eachQuotaRefusalIsCountedForItsClient() {
        double before = refusals("partner-globex");
        String token = RealmTokens.partnerGlobex();
        int refused = 0;
        for (int i = 0; i < 6; i++) {
            if (RestAssured.given().auth().oauth2(token).get(GLOBEX_ARTICLE).statusCode() == 429) {
                refused++;
            }
        }
        assertTrue(refused > 0, "6 requests on a bucket of 3 meet a 429");
        assertEquals(before + refused, refusals("partner-globex"));
        assertEquals(0, refusals("partner-acme"), "another client's count does not move");
    }

    @Test
    void aNewTokenIsAMissThenAHit() {
        String fresh = RealmTokens.requestClientCredentials("partner-acme", "acme-secret").path("access_token");
        double hits = tokenCacheGets("hit");
        double misses = tokenCacheGets("miss");

        RestAssured.given().auth().oauth2(fresh).get(ACME_ARTICLE).then().statusCode(200);
        assertEquals(misses + 1, tokenCacheGets("miss"));
        assertEquals(hits, tokenCacheGets("hit"));
        RestAssured.given().auth().oauth2(fresh).get(ACME_ARTICLE).then().statusCode(200);
        assertEquals(hits + 1, tokenCacheGets("hit"));
        assertEquals(misses + 1, tokenCacheGets("miss"));
    }

    @Test
    void eachBackendAnswerIsTimedPerBackendAndOutcome() {
        long before = backendCalls("article-service", "2xx");
        RestAssured.given().auth().oauth2(RealmTokens.partnerAcme()).get(ACME_ARTICLE).then().statusCode(200);
        assertEquals(before + 1, backendCalls("article-service", "2xx"));
        assertEquals(1, registry.get(GatewayMetrics.CIRCUIT_STATE)
                .tags("backend", "article-service", "state", "closed").gauge().value());
        assertEquals(0, registry.get(GatewayMetrics.CIRCUIT_STATE)
                .tags("backend", "article-service", "state", "open").gauge().value());
    }

    private double refusals(String client) {
        var counter = registry.find(GatewayMetrics.QUOTA_REFUSALS).tag("client", client).counter();
        return counter == null ? 0 : counter.count();
    }

    private double tokenCacheGets(String result) {
        return registry.get("cache.gets").tags("cache", GatewayMetrics.TOKEN_CACHE, "result", result)
                .functionCounter().count();
    }

    private long backendCalls(String backend, String outcome) {
        Timer timer = registry.find(GatewayMetrics.BACKEND_LATENCY).tags("backend", backend, "outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }
}
