package io.newsroom.gateway.security;

import io.newsroom.gateway.support.RealmTokens;
import io.newsroom.gateway.support.StubBackends;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every route against every kind of caller, with real Keycloak tokens. */
@QuarkusTest
@WithTestResource(value = StubBackends.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AuthorizationMatrixTest {

    /** A route of the gateway and the status each role gets on acme's data; 403 where the role is not enough. */
    enum Route {
        GET_ARTICLE("GET", "/api/v1/articles/" + StubBackends.ACME_ARTICLE, 200, 200, 200),
        LIST_ARTICLES("GET", "/api/v1/articles", 200, 200, 200),
        SIMILAR_ARTICLES("GET", "/api/v1/articles/" + StubBackends.ACME_ARTICLE + "/similar", 200, 200, 200),
        GET_STORY("GET", "/api/v1/stories/" + StubBackends.ACME_ARTICLE, 200, 200, 200),
        SUBMIT_ARTICLE("POST", "/api/v1/articles", 403, 201, 201),
        DELETE_ARTICLE("DELETE", "/api/v1/articles/" + StubBackends.ACME_ARTICLE, 403, 204, 204),
        REPROCESS_ARTICLE("POST", "/api/v1/articles/" + StubBackends.ACME_ARTICLE + "/reprocess", 403, 202, 202),
        EXTRACT("POST", "/api/v1/extract", 403, 200, 200),
        ADMIN_JOBS("GET", "/admin/v1/reextractions", 403, 403, 200),
        ADMIN_STATISTICS("GET", "/admin/v1/statistics", 403, 403, 200),
        LIST_WEBHOOKS("GET", "/api/v1/webhooks", 403, 200, 200),
        ADMIN_WEBHOOKS("GET", "/admin/v1/webhooks?tenant=acme", 403, 403, 200);

        final String method;
        final String path;
        final int reader;
        final int partner;
        final int admin;

        Route(String method, String path, int reader, int partner, int admin) {
            this.method = method;
            this.path = path;
            this.reader = reader;
            this.partner = partner;
            this.admin = admin;
        }

        Response call(String token) {
            RequestSpecification request = RestAssured.given().contentType("application/json")
                    .body("{\"content\":\"Acme said on Monday that it would.\"}");
            if (token != null) {
                request.auth().oauth2(token);
            }
            return request.request(method, path);
        }
    }

    private static volatile String expiredToken;

    @Inject
    VerifiedTokens verifiedTokens;

    @ParameterizedTest
    @EnumSource(Route.class)
    void withoutTokenIs401WithChallenge(Route route) {
        Response response = route.call(null);
        assertProblem(response, 401);
        assertTrue(response.header("WWW-Authenticate").startsWith("Bearer realm=\"newsroom\""));
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void expiredTokenIs401(Route route) {
        assertRejectedToken(route.call(expiredToken()));
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void tokenWithoutApiAudienceIs401(Route route) {
        assertRejectedToken(route.call(RealmTokens.withoutApiAudience()));
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void tokenSignedByAnotherKeyIs401(Route route) {
        assertRejectedToken(route.call(RealmTokens.forged(RealmTokens.realmKeyId())));
        assertRejectedToken(route.call(RealmTokens.forged("a-key-the-realm-never-had")));
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void reader(Route route) {
        assertStatus(route, route.call(RealmTokens.readerAcme()), route.reader);
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void partner(Route route) {
        assertStatus(route, route.call(RealmTokens.partnerAcme()), route.partner);
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void admin(Route route) {
        assertStatus(route, route.call(RealmTokens.admin()), route.admin);
    }

    @ParameterizedTest
    @EnumSource(value = Route.class, names = {"GET_ARTICLE", "DELETE_ARTICLE", "REPROCESS_ARTICLE",
            "SIMILAR_ARTICLES", "GET_STORY"})
    void partnerOfAnotherTenantGetsTheBackends404(Route route) {
        Response response = route.call(RealmTokens.partnerGlobex());
        assertEquals(404, response.statusCode(), response::asString);
        assertFalse(response.asString().contains("acme"), response::asString);
    }

    @Test
    void listingShowsNothingOfAnotherTenant() {
        Response response = Route.LIST_ARTICLES.call(RealmTokens.partnerGlobex());
        assertEquals(200, response.statusCode());
        assertTrue(response.asString().contains(StubBackends.GLOBEX_ARTICLE));
        assertFalse(response.asString().contains("acme"), response::asString);
        assertFalse(Route.LIST_ARTICLES.call(RealmTokens.partnerAcme()).asString().contains("globex"));
    }

    @Test
    void theBackendGetsTheCallersTokenAndNoOtherIdentity() {
        String token = RealmTokens.partnerAcme();
        RestAssured.given().auth().oauth2(token).header("X-Tenant", "globex").header("X-User", "admin")
                .header("X-Auth-Roles", "admin").get(Route.GET_ARTICLE.path).then().statusCode(200);
        var headers = StubBackends.lastReceived().getJsonObject("headers");
        assertEquals("Bearer " + token, headers.getString("authorization"));
        assertFalse(headers.containsKey("x-tenant") || headers.containsKey("x-user") || headers.containsKey("x-auth-roles"),
                headers::encode);
    }

    @Test
    void aTokenVerifiedOnceIsAnsweredFromTheCacheAndARefusedOneNeverIs() {
        String token = RealmTokens.partnerAcme();
        Route.GET_ARTICLE.call(token).then().statusCode(200);
        assertNotNull(verifiedTokens.find(token), "a token the gateway accepted is kept as verified");
        Route.GET_ARTICLE.call(token).then().statusCode(200);

        String forged = RealmTokens.forged(RealmTokens.realmKeyId());
        assertProblem(Route.GET_ARTICLE.call(forged), 401);
        assertNull(verifiedTokens.find(forged), "a refused token is never kept");
        String wrongAudience = RealmTokens.withoutApiAudience();
        assertEquals(401, Route.GET_ARTICLE.call(wrongAudience).statusCode());
        assertNull(verifiedTokens.find(wrongAudience));
    }

    private static void assertStatus(Route route, Response response, int expected) {
        assertEquals(expected, response.statusCode(), () -> route + " -> " + response.asString());
        if (expected >= 400) {
            assertProblem(response, expected);
        }
    }

    private static void assertRejectedToken(Response response) {
        assertProblem(response, 401);
        assertTrue(response.header("WWW-Authenticate").contains("error=\"invalid_token\""), response.headers()::toString);
    }

    private static void assertProblem(Response response, int status) {
        response.then().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status)).body("requestId", notNullValue())
                .header("X-Request-Id", notNullValue()).body("type", containsString("/problems/"));
    }

    /** A token of partner-acme-shortlived (5 s lifespan) once the gateway has stopped accepting it. */
    private static String expiredToken() {
        if (expiredToken == null) {
            String token = RealmTokens.clientCredentials("partner-acme-shortlived", "shortlived-secret");
            awaitUntil(() -> RestAssured.given().auth().oauth2(token).get(Route.GET_ARTICLE.path).statusCode() == 401,
                    Duration.ofSeconds(60));
            expiredToken = token;
        }
        return expiredToken;
    }

    static void awaitUntil(Supplier<Boolean> condition, Duration budget) {
        Instant giveUp = Instant.now().plus(budget);
        while (!condition.get()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("condition not reached within " + budget);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
