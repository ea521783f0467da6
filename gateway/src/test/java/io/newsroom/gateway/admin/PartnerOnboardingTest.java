package io.newsroom.gateway.admin;

import io.newsroom.gateway.support.RealmTokens;
import io.newsroom.gateway.support.StubBackends;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Partner onboarding against the real Keycloak: create, get a token shaped like the seeded partners', submit through
 * the gateway, rotate, disable (its live token refused at once), enable, delete.
 */
@QuarkusTest
@WithTestResource(value = StubBackends.class, scope = TestResourceScope.MATCHING_RESOURCES)
class PartnerOnboardingTest {

    static final String TENANT = "initech-" + StubBackends.RUN;
    static final String CLIENT = "partner-" + TENANT;
    static final String REVOKED_CLIENT = "revoked-" + TENANT;

    @AfterEach
    void removeTheClient() {
        RealmTokens.deleteClient(CLIENT);
        RealmTokens.deleteClient(REVOKED_CLIENT);
    }

    @Test
    void aNewPartnerGetsATokenSubmitsAndLosesAccessWhenRotatedOrDisabled() {
        Response created = RestAssured.given().auth().oauth2(RealmTokens.admin()).contentType("application/json")
                .body(Map.of("tenant", TENANT)).post("/admin/v1/partners");
        created.then().statusCode(201).body("clientId", equalTo(CLIENT)).body("tenant", equalTo(TENANT));
        String secret = created.path("secret");

        Response token = RealmTokens.requestClientCredentials(CLIENT, secret);
        assertEquals(200, token.statusCode(), token::asString);
        Map<String, Object> claims = claims(token.path("access_token"));
        Map<String, Object> seeded = claims(RealmTokens.partnerAcme());
        assertEquals(TENANT, claims.get("tenant"));
        assertEquals("newsroom-api", claims.get("aud"), () -> "audience newsroom-api only: " + claims);
        assertEquals(seeded.get("aud"), claims.get("aud"));
        assertEquals(roles(seeded), roles(claims), () -> "the seeded partner's roles: " + claims);
        assertEquals(seeded.get("resource_access"), claims.get("resource_access"), claims::toString);

        RestAssured.given().auth().oauth2(RealmTokens.admin()).contentType("application/json")
                .body(Map.of("tenant", TENANT)).post("/admin/v1/partners").then().statusCode(409)
                .contentType("application/problem+json").body("detail", equalTo("partner " + CLIENT + " already exists"));

        RestAssured.given().auth().oauth2(token.path("access_token")).contentType("text/plain").body("A partner story.")
                .post("/api/v1/articles").then().statusCode(201).body("tenant", equalTo(TENANT));

        RestAssured.given().auth().oauth2(RealmTokens.admin()).get("/admin/v1/partners")
                .then().statusCode(200).body("find { it.clientId == '" + CLIENT + "' }.tenant", equalTo(TENANT));

        String rotated = RestAssured.given().auth().oauth2(RealmTokens.admin()).post("/admin/v1/partners/" + CLIENT + "/secret")
                .then().statusCode(200).extract().path("secret");
        assertNotEquals(secret, rotated);
        assertEquals(401, RealmTokens.requestClientCredentials(CLIENT, secret).statusCode());
        assertEquals(200, RealmTokens.requestClientCredentials(CLIENT, rotated).statusCode());

        RestAssured.given().auth().oauth2(RealmTokens.admin()).post("/admin/v1/partners/" + CLIENT + "/disable")
                .then().statusCode(200).body("enabled", equalTo(false));
        assertNotEquals(200, RealmTokens.requestClientCredentials(CLIENT, rotated).statusCode());
    }

    @Test
    void aDisabledOrDeletedPartnersLiveTokenIsRefused() {
        String secret = RestAssured.given().auth().oauth2(RealmTokens.admin()).contentType("application/json")
                .body(Map.of("tenant", TENANT, "clientId", REVOKED_CLIENT)).post("/admin/v1/partners").then().statusCode(201).extract().path("secret");
        String live = RealmTokens.clientCredentials(REVOKED_CLIENT, secret);
        readArticles(live).then().statusCode(200);

        RestAssured.given().auth().oauth2(RealmTokens.admin()).post("/admin/v1/partners/" + REVOKED_CLIENT + "/disable")
                .then().statusCode(200).body("enabled", equalTo(false));
        long disabledAt = System.nanoTime();
        readArticles(live).then().statusCode(401).contentType("application/problem+json")
                .body("detail", containsString(REVOKED_CLIENT + " was disabled or deleted"));
        System.out.printf("revocation: first 401 %.3f s after the disable answered (same replica)%n",
                (System.nanoTime() - disabledAt) / 1e9);

        RestAssured.given().auth().oauth2(RealmTokens.admin()).post("/admin/v1/partners/" + REVOKED_CLIENT + "/enable")
                .then().statusCode(200).body("enabled", equalTo(true));
        readArticles(live).then().statusCode(401);

        RestAssured.given().auth().oauth2(RealmTokens.admin()).delete("/admin/v1/partners/" + REVOKED_CLIENT)
                .then().statusCode(200).body("clientId", equalTo(REVOKED_CLIENT));
        readArticles(live).then().statusCode(401);
        RestAssured.given().auth().oauth2(RealmTokens.admin()).get("/admin/v1/partners/" + REVOKED_CLIENT).then().statusCode(404);
    }

    @Test
    void aPartnerEnabledOrCreatedAgainRightAfterItsDisableOrDeleteGetsTokensThatPass() {
        String secret = RestAssured.given().auth().oauth2(RealmTokens.admin()).contentType("application/json")
                .body(Map.of("tenant", TENANT, "clientId", REVOKED_CLIENT)).post("/admin/v1/partners").then().statusCode(201).extract().path("secret");
        String old = RealmTokens.clientCredentials(REVOKED_CLIENT, secret);
        RestAssured.given().auth().oauth2(RealmTokens.admin()).post("/admin/v1/partners/" + REVOKED_CLIENT + "/disable")
                .then().statusCode(200);
        RestAssured.given().auth().oauth2(RealmTokens.admin()).post("/admin/v1/partners/" + REVOKED_CLIENT + "/enable")
                .then().statusCode(200).body("enabled", equalTo(true));

        String fresh = RealmTokens.requestClientCredentials(REVOKED_CLIENT, secret).path("access_token");
        readArticles(fresh).then().log().ifValidationFails().statusCode(200);
        readArticles(old).then().statusCode(401);

        RestAssured.given().auth().oauth2(RealmTokens.admin()).delete("/admin/v1/partners/" + REVOKED_CLIENT).then().statusCode(200);
        String again = RestAssured.given().auth().oauth2(RealmTokens.admin()).contentType("application/json")
                .body(Map.of("tenant", TENANT, "clientId", REVOKED_CLIENT)).post("/admin/v1/partners").then().statusCode(201).extract().path("secret");
        readArticles(RealmTokens.requestClientCredentials(REVOKED_CLIENT, again).path("access_token")).then().log().ifValidationFails().statusCode(200);
        readArticles(fresh).then().statusCode(401);
    }

    @Test
    void onlyPartnerClientsCanBeManagedAndOnlyByAdmins() {
        RestAssured.given().auth().oauth2(RealmTokens.admin()).post("/admin/v1/partners/newsroom-admin-api/disable")
                .then().statusCode(404).contentType("application/problem+json");
        RestAssured.given().auth().oauth2(RealmTokens.partnerAcme()).contentType("application/json")
                .body(Map.of("tenant", TENANT)).post("/admin/v1/partners").then().statusCode(403);
        RestAssured.given().auth().oauth2(RealmTokens.admin()).contentType("application/json")
                .body(Map.of("tenant", "Not A Tenant!")).post("/admin/v1/partners").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static Response readArticles(String token) {
        return RestAssured.given().auth().oauth2(token).get("/api/v1/articles");
    }

    private static Set<Object> roles(Map<String, Object> claims) {
        return Set.copyOf((List<?>) ((Map<?, ?>) claims.get("realm_access")).get("roles"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> claims(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return new io.vertx.core.json.JsonObject(payload).getMap();
    }
}
