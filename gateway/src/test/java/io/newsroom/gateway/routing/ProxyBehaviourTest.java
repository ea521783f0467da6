package io.newsroom.gateway.routing;

import io.newsroom.gateway.support.RealmTokens;
import io.newsroom.gateway.support.StubBackends;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.Arrays;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = StubBackends.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ProxyBehaviourTest {

    private static final String ARTICLE = "/api/v1/articles/" + StubBackends.ACME_ARTICLE;

    @Test
    void hopByHopSpoofedForwardingAndIdentityHeadersDoNotCross() {
        RestAssured.given().auth().oauth2(RealmTokens.partnerAcme())
                .header("Connection", "X-Secret-Hop").header("X-Secret-Hop", "1").header("Proxy-Authorization", "Basic eA==")
                .header("X-Forwarded-For", "6.6.6.6").header("Forwarded", "for=6.6.6.6").header("X-Forwarded-Host", "evil")
                .header("X-Real-IP", "6.6.6.6").header("X-Tenant-Id", "globex").header("X-Client-Id", "partner-globex")
                .header("Accept-Language", "en")
                .get(ARTICLE).then().statusCode(200);
        JsonObject headers = StubBackends.lastReceived().getJsonObject("headers");
        for (String dropped : new String[]{"x-secret-hop", "proxy-authorization", "x-real-ip", "x-tenant-id", "x-client-id"}) {
            assertFalse(headers.containsKey(dropped), dropped + " crossed: " + headers.encode());
        }
        assertEquals("127.0.0.1", headers.getString("x-forwarded-for"));
        assertNotEquals("evil", headers.getString("x-forwarded-host"));
        assertFalse(headers.getString("forwarded").contains("6.6.6.6"));
        assertEquals("en", headers.getString("accept-language"));
    }

    @Test
    void aWellFormedRequestIdIsKeptAndPropagated() {
        RestAssured.given().auth().oauth2(RealmTokens.partnerAcme()).header("X-Request-Id", "partner-trace-0001")
                .get(ARTICLE).then().statusCode(200).header("X-Request-Id", "partner-trace-0001");
        assertEquals("partner-trace-0001", StubBackends.lastReceived().getJsonObject("headers").getString("x-request-id"));
    }

    @Test
    void aMalformedRequestIdIsReplaced() {
        Response response = RestAssured.given().auth().oauth2(RealmTokens.partnerAcme())
                .header("X-Request-Id", "bad id\twith spaces").get(ARTICLE);
        String issued = response.header("X-Request-Id");
        assertTrue(issued.matches("[0-9a-f-]{36}"), issued);
        assertEquals(issued, StubBackends.lastReceived().getJsonObject("headers").getString("x-request-id"));
    }

    @Test
    void aBodyUnderTheLimitStreamsThroughWhole() {
        byte[] body = new byte[1_500_000];
        Arrays.fill(body, (byte) 'a');
        RestAssured.given().auth().oauth2(RealmTokens.partnerAcme()).contentType("text/plain").body(body)
                .post("/api/v1/articles").then().statusCode(201).body("receivedBytes", equalTo(body.length))
                .body("tenant", equalTo("acme"));
    }

    @Test
    void aLocationOnTheBackendsAddressPointsAtTheGateway() {
        Response created = RestAssured.given().auth().oauth2(RealmTokens.partnerAcme()).contentType("application/json")
                .body("{}").post("/api/v1/articles");
        assertEquals(201, created.statusCode());
        assertEquals(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/articles/" + created.path("id"), created.header("Location"));
    }

    @Test
    void aBodyOverTheLimitIs413WhetherDeclaredOrChunked() {
        byte[] body = new byte[2 * 1024 * 1024 + 1];
        RestAssured.given().auth().oauth2(RealmTokens.partnerAcme()).contentType("text/plain").body(body)
                .post("/api/v1/articles").then().statusCode(413).contentType("application/problem+json");
        // An InputStream body has no length, so it goes out chunked and the gateway must count it.
        RestAssured.given().auth().oauth2(RealmTokens.partnerAcme()).contentType("text/plain")
                .body(new ByteArrayInputStream(body)).post("/api/v1/articles")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void anUnknownPathIsAProblem404() {
        RestAssured.given().auth().oauth2(RealmTokens.partnerAcme()).get("/api/v2/nothing")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void healthAndDocumentationNeedNoToken() {
        RestAssured.get("/q/health/ready").then().statusCode(200).body("checks[0].data.quotaStore", equalTo("redis"));
        RestAssured.get("/q/openapi").then().statusCode(200);
        RestAssured.get("/openapi/article-service").then().statusCode(200).body("info.title", equalTo("article-service stand-in"));
    }

    @Test
    void corsAllowsOnlyConfiguredOrigins() {
        RestAssured.given().header("Origin", "https://partner.example").header("Access-Control-Request-Method", "GET")
                .options(ARTICLE).then().header("Access-Control-Allow-Origin", "https://partner.example");
        Response foreign = RestAssured.given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET").options(ARTICLE);
        assertNotEquals("https://evil.example", foreign.header("Access-Control-Allow-Origin"));
    }

    @Test
    void everyAnsweredRequestCarriesRateLimitHeaders() {
        RestAssured.given().auth().oauth2(RealmTokens.readerAcme()).get(ARTICLE).then().statusCode(200)
                .header("RateLimit-Limit", equalTo("50")).header("RateLimit-Remaining", org.hamcrest.Matchers.notNullValue())
                .header("RateLimit-Reset", org.hamcrest.Matchers.notNullValue());
    }
}
