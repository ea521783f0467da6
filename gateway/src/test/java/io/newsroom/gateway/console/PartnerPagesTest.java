package io.newsroom.gateway.console;

import io.newsroom.gateway.support.ConsoleBrowser;
import io.newsroom.gateway.support.RealmTokens;
import io.newsroom.gateway.support.StubBackends;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The partner pages against the real Keycloak: onboard (the secret shown once, with the token endpoint), rotate,
 * disable, enable, delete after its confirm step; each checked through the admin API and a real token request.
 */
@QuarkusTest
@WithTestResource(value = StubBackends.class, scope = TestResourceScope.MATCHING_RESOURCES)
class PartnerPagesTest {

    private static final String TENANT = "hooli-" + StubBackends.RUN;
    private static final String CLIENT = "console-" + TENANT;
    private static final Pattern SECRET = Pattern.compile("id=\"partner-secret\" data-test=\"partner-secret\">([^<]+)<");

    @TestHTTPResource("/console")
    URI console;

    @AfterEach
    void removeTheClient() {
        RealmTokens.deleteClient(CLIENT);
    }

    @Test
    void anAdminOnboardsAPartnerAndSeesItsSecretOnceWithTheTokenEndpoint() throws Exception {
        ConsoleBrowser admin = admin();
        HttpResponse<String> list = admin.get("/console/partners");
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.body().contains("data-partner=\"partner-acme\" data-enabled=\"true\""), list.body());

        HttpResponse<String> created = create(admin);
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.body().contains("<code id=\"token-endpoint\">" + RealmTokens.TOKEN_ENDPOINT + "</code>"), created.body());
        String secret = secretOf(created);
        String token = RealmTokens.requestClientCredentials(CLIENT, secret).then().statusCode(200).extract().path("access_token");
        RestAssured.given().auth().oauth2(token).get("/api/v1/articles").then().statusCode(200);
        api().get("/admin/v1/partners/" + CLIENT).then().statusCode(200).body("tenant", equalTo(TENANT)).body("enabled", equalTo(true));
        assertTrue(admin.get("/console/partners").body().contains("data-partner=\"" + CLIENT + "\" data-enabled=\"true\""));
        assertTrue(!admin.get("/console/partners").body().contains(secret), "the list never shows a secret");

        HttpResponse<String> again = create(admin);
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(again.body().contains("partner " + CLIENT + " already exists"), again.body());
        HttpResponse<String> invalid = admin.submit("/console/partners", "/console/partners", "tenant", "Not A Tenant!");
        assertEquals(400, invalid.statusCode(), invalid.body());
        assertTrue(invalid.body().contains("tenant must match"), invalid.body());
    }

    @Test
    void rotateDisableEnableAndDeleteDoWhatTheySay() throws Exception {
        ConsoleBrowser admin = admin();
        String secret = secretOf(create(admin));
        String page = "/console/partners";

        HttpResponse<String> rotated = admin.submit(page, page + "/" + CLIENT + "/secret");
        assertEquals(200, rotated.statusCode(), rotated.body());
        String fresh = secretOf(rotated);
        assertNotEquals(secret, fresh);
        assertEquals(401, RealmTokens.requestClientCredentials(CLIENT, secret).statusCode(), "the old secret stopped working");
        String live = RealmTokens.requestClientCredentials(CLIENT, fresh).then().statusCode(200).extract().path("access_token");

        HttpResponse<String> disabled = admin.submit(page, page + "/" + CLIENT + "/disable");
        assertEquals(200, disabled.statusCode(), disabled.body());
        assertTrue(disabled.body().contains("id=\"notice\">Partner <code>" + CLIENT + "</code> disabled"), disabled.body());
        assertTrue(disabled.body().contains("data-partner=\"" + CLIENT + "\" data-enabled=\"false\""), disabled.body());
        api().get("/admin/v1/partners/" + CLIENT).then().statusCode(200).body("enabled", equalTo(false));
        RestAssured.given().auth().oauth2(live).get("/api/v1/articles").then().statusCode(401);

        HttpResponse<String> enabled = admin.submit(page, page + "/" + CLIENT + "/enable");
        assertEquals(200, enabled.statusCode(), enabled.body());
        api().get("/admin/v1/partners/" + CLIENT).then().statusCode(200).body("enabled", equalTo(true));
        String afterEnable = RealmTokens.requestClientCredentials(CLIENT, fresh).then().statusCode(200).extract().path("access_token");
        RestAssured.given().auth().oauth2(afterEnable).get("/api/v1/articles").then().statusCode(200);

        HttpResponse<String> confirm = admin.get(page + "/" + CLIENT + "/delete");
        assertEquals(200, confirm.statusCode(), confirm.body());
        assertTrue(confirm.body().contains("id=\"confirm-delete\""), confirm.body());
        api().get("/admin/v1/partners/" + CLIENT).then().statusCode(200);
        HttpResponse<String> deleted = admin.submit(page + "/" + CLIENT + "/delete", page + "/" + CLIENT + "/delete");
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertTrue(deleted.body().contains("</code> deleted"), deleted.body());
        api().get("/admin/v1/partners/" + CLIENT).then().statusCode(404);
        RestAssured.given().auth().oauth2(afterEnable).get("/api/v1/articles").then().statusCode(401);

        HttpResponse<String> gone = admin.get(page + "/" + CLIENT + "/delete");
        assertEquals(404, gone.statusCode());
        assertTrue(gone.body().contains("no partner " + CLIENT), gone.body());
    }

    @Test
    void everyFormRefusesAMissingCsrfToken() throws Exception {
        ConsoleBrowser admin = admin();
        assertEquals(400, admin.post("/console/partners", "tenant", TENANT, "clientId", CLIENT).statusCode());
        api().get("/admin/v1/partners/" + CLIENT).then().statusCode(404);
        String secret = secretOf(create(admin));
        for (String action : new String[]{"secret", "disable", "enable", "delete"}) {
            assertEquals(400, admin.post("/console/partners/" + CLIENT + "/" + action).statusCode(), action);
        }
        api().get("/admin/v1/partners/" + CLIENT).then().statusCode(200).body("enabled", equalTo(true));
        assertEquals(200, RealmTokens.requestClientCredentials(CLIENT, secret).statusCode(), "the secret was not rotated");
    }

    @Test
    void withoutTheAdminRoleThePagesAreRefused() throws Exception {
        ConsoleBrowser alice = ConsoleBrowser.signIn(console, "alice", "alice");
        assertEquals(403, alice.get("/console/partners").statusCode());
        assertEquals(403, alice.get("/console/partners/partner-acme/delete").statusCode());
        assertEquals(403, alice.post("/console/partners/partner-acme/disable").statusCode());
        api().get("/admin/v1/partners/partner-acme").then().statusCode(200).body("enabled", equalTo(true));
        HttpResponse<String> anonymous = new ConsoleBrowser(console).send(java.net.http.HttpRequest.newBuilder(
                console.resolve("/console/partners")).GET().build());
        assertTrue(anonymous.uri().toString().startsWith(RealmTokens.ISSUER), "sent to Keycloak's login page: " + anonymous.uri());
    }

    private HttpResponse<String> create(ConsoleBrowser admin) throws Exception {
        return admin.submit("/console/partners", "/console/partners", "tenant", TENANT, "clientId", CLIENT);
    }

    private static String secretOf(HttpResponse<String> page) {
        Matcher secret = SECRET.matcher(page.body());
        assertTrue(secret.find(), page.body());
        return secret.group(1);
    }

    private ConsoleBrowser admin() throws Exception {
        return ConsoleBrowser.signIn(console, "admin", "admin");
    }

    private RequestSpecification api() {
        return RestAssured.given().auth().oauth2(RealmTokens.admin());
    }
}
