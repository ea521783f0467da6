package io.newsroom.article.webhook;

import io.newsroom.article.rest.Problem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class WebhookResourceTest {

    static final String WEBHOOKS = "/api/v1/webhooks";
    private static final String VALID = "{\"url\":\"http://127.0.0.1:9/hook\",\"eventTypes\":[\"article.extracted\"]}";

    @Inject
    WebhookStore store;

    @AfterEach
    void removeEndpoints() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String tenant : new String[] {"wh-acme", "wh-globex"}) {
                store.endpoints(tenant).forEach(e -> store.deleteEndpoint(e.id()));
            }
        });
    }

    static void assertProblem(ValidatableResponse response, int status, String detail) {
        response.statusCode(status).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(status)).body("detail", containsString(detail));
    }

    @Test
    void anonymousCallersGet401() {
        assertProblem(given().when().get(WEBHOOKS).then(), 401, "");
        assertProblem(given().contentType(ContentType.JSON).body(VALID).when().post(WEBHOOKS).then(), 401, "");
        assertProblem(given().when().delete(WEBHOOKS + "/" + UUID.randomUUID()).then(), 401, "");
    }

    @Test
    @TestSecurity(user = "reader-acme", roles = "reader")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "wh-acme"))
    void readersGet403() {
        given().when().get(WEBHOOKS).then().statusCode(403).contentType(Problem.MEDIA_TYPE);
        given().contentType(ContentType.JSON).body(VALID).when().post(WEBHOOKS).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "partner-acme", roles = "partner")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "wh-acme"))
    void partnerRegistersListsReadsAndDeletesItsOwn() {
        String id = given().contentType(ContentType.JSON)
                .body("{\"url\":\"http://127.0.0.1:9/hook\",\"eventTypes\":[\"article.extracted\",\"article.failed\"],"
                        + "\"description\":\"CMS\"}")
                .when().post(WEBHOOKS).then().statusCode(201)
                .header("Location", containsString(WEBHOOKS + "/"))
                .body("tenant", equalTo("wh-acme"))
                .body("enabled", equalTo(true))
                .body("eventTypes", hasSize(2))
                .body("secret", startsWith("whsec_"))
                .extract().path("id");
        // the secret is shown once
        given().when().get(WEBHOOKS + "/" + id).then().statusCode(200)
                .body("url", equalTo("http://127.0.0.1:9/hook")).body("secret", nullValue());
        given().when().get(WEBHOOKS).then().statusCode(200).body("", hasSize(1)).body("[0].secret", nullValue());
        given().when().get(WEBHOOKS + "/" + id + "/deliveries").then().statusCode(200).body("", hasSize(0));
        given().when().delete(WEBHOOKS + "/" + id).then().statusCode(204);
        assertProblem(given().when().get(WEBHOOKS + "/" + id).then(), 404, "no webhook endpoint");
    }

    @Test
    @TestSecurity(user = "partner-acme", roles = "partner")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "wh-acme"))
    void givenSecretIsKept() {
        given().contentType(ContentType.JSON)
                .body("{\"url\":\"http://127.0.0.1:9/h\",\"eventTypes\":[\"article.failed\"],\"secret\":\"my-own-secret-0123456789\"}")
                .when().post(WEBHOOKS).then().statusCode(201).body("secret", equalTo("my-own-secret-0123456789"));
    }

    @Test
    @TestSecurity(user = "partner-acme", roles = "partner")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "wh-acme"))
    void badInputGetsAProblemAndStoresNothing() {
        String[][] cases = {
                {"not json", "not valid JSON"},
                {"[]", "JSON object"},
                {"{\"eventTypes\":[\"article.extracted\"]}", "url is required"},
                {"{\"url\":\"ftp://127.0.0.1/x\",\"eventTypes\":[\"article.extracted\"]}", "https"},
                {"{\"url\":\"http://u:p@127.0.0.1/x\",\"eventTypes\":[\"article.extracted\"]}", "credentials"},
                {"{\"url\":\"http://127.0.0.1/x\"}", "eventTypes"},
                {"{\"url\":\"http://127.0.0.1/x\",\"eventTypes\":[]}", "eventTypes"},
                {"{\"url\":\"http://127.0.0.1/x\",\"eventTypes\":[\"article.deleted\"]}", "unknown event type"},
                {"{\"url\":\"http://127.0.0.1/x\",\"eventTypes\":[\"article.failed\"],\"secret\":\"short\"}", "secret"},
                {"{\"url\":\"http://127.0.0.1/x\",\"eventTypes\":[\"article.failed\"],\"extra\":1}", "unknown field"},
        };
        for (String[] bad : cases) {
            assertProblem(given().contentType(ContentType.JSON).body(bad[0]).when().post(WEBHOOKS).then(), 400, bad[1]);
        }
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> store.endpoints("wh-acme")).size());
        assertProblem(given().when().get(WEBHOOKS + "/not-a-uuid").then(), 404, "no webhook endpoint");
        assertProblem(given().when().get(WEBHOOKS + "/" + UUID.randomUUID() + "/deliveries?limit=0").then(), 400, "limit");
    }

    @Test
    @TestSecurity(user = "partner-acme", roles = "partner")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "wh-acme"))
    void partnerCannotTouchAnotherTenant() {
        UUID foreign = registered("wh-globex");
        assertProblem(given().contentType(ContentType.JSON).body(VALID).when().post(WEBHOOKS + "?tenant=wh-globex").then(),
                403, "only admins");
        assertProblem(given().when().get(WEBHOOKS + "?tenant=wh-globex").then(), 403, "only admins");
        assertProblem(given().when().get(WEBHOOKS + "/" + foreign).then(), 404, "no webhook endpoint");
        assertProblem(given().when().get(WEBHOOKS + "/" + foreign + "/deliveries").then(), 404, "no webhook endpoint");
        assertProblem(given().when().delete(WEBHOOKS + "/" + foreign).then(), 404, "no webhook endpoint");
        assertProblem(given().when().post(WEBHOOKS + "/" + foreign + "/enable").then(), 404, "no webhook endpoint");
        given().when().get(WEBHOOKS).then().statusCode(200).body("", hasSize(0));
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> store.endpoints("wh-globex")).size());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminManagesAnyTenant() {
        UUID foreign = registered("wh-globex");
        assertProblem(given().contentType(ContentType.JSON).body(VALID).when().post(WEBHOOKS).then(), 400, "must name the tenant");
        given().contentType(ContentType.JSON).body(VALID).when().post(WEBHOOKS + "?tenant=wh-acme").then().statusCode(201)
                .body("tenant", equalTo("wh-acme"));
        given().when().get(WEBHOOKS + "?tenant=wh-globex").then().statusCode(200).body("", hasSize(1));
        given().when().get(WEBHOOKS + "/" + foreign).then().statusCode(200).body("tenant", equalTo("wh-globex"));
        given().when().post(WEBHOOKS + "/" + foreign + "/enable").then().statusCode(200).body("enabled", equalTo(true))
                .body("disabledReason", nullValue()).body("createdAt", notNullValue());
        given().when().delete(WEBHOOKS + "/" + foreign).then().statusCode(204);
    }

    private UUID registered(String tenant) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> store.insertEndpoint(new WebhookStore.Endpoint(id, tenant,
                "http://127.0.0.1:9/hook", java.util.List.of(WebhookEvents.EXTRACTED), "secret-0123456789abcdef", null,
                true, null, null, 0, null, java.time.Instant.now())));
        return id;
    }
}
