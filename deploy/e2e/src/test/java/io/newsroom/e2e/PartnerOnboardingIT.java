package io.newsroom.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.e2e.client.ApiResponse;
import io.newsroom.e2e.client.GatewayClient;
import io.newsroom.e2e.client.TokenSource.Partner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static io.newsroom.e2e.RunningSuite.ADDRESSES;
import static io.newsroom.e2e.RunningSuite.GATEWAY;
import static io.newsroom.e2e.RunningSuite.TOKENS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Partner onboarding through the gateway's admin API against the running suite: the new Keycloak client gets a token,
 * submits and reads its own article only; a rotated secret and a disabled partner get no new token.
 */
@ExtendWith(RunningSuite.class)
class PartnerOnboardingIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    // unique per run, so reruns and runs side by side never meet an existing client
    private static final String TENANT = "onboard-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String CLIENT = "partner-" + TENANT;
    private static final String PARTNER = "/admin/v1/partners/" + CLIENT;

    @AfterAll
    static void removeTheClient() {
        deleteClient(CLIENT);
    }

    @Test
    void anOnboardedPartnerSubmitsAndGetsNoNewTokenOnceRotatedOrDisabled() {
        ApiResponse created = GATEWAY.post(Partner.ADMIN, "/admin/v1/partners",
                JSON.createObjectNode().put("tenant", TENANT).put("description", "PartnerOnboardingIT").toString());
        assertEquals(201, created.status(), created::toString);
        assertTrue(created.header("Location").endsWith(PARTNER), created::toString);
        assertEquals(CLIENT, created.json().path("clientId").asText());
        assertEquals(TENANT, created.json().path("tenant").asText());
        String secret = created.json().path("secret").asText();
        assertFalse(secret.isBlank(), created::toString);

        String token = tokenOf(secret);
        JsonNode claims = claims(token);
        assertEquals(TENANT, claims.path("tenant").asText(), claims::toString);
        assertTrue(claims.path("aud").toString().contains("\"newsroom-api\""), claims::toString);
        assertTrue(claims.path("realm_access").path("roles").toString().contains("\"partner\""), claims::toString);

        String content = "Initrode said on Tuesday that it had signed its first newsroom partnership, tenant " + TENANT + ".";
        ApiResponse submitted = GATEWAY.postWithToken(token, "/api/v1/articles",
                GatewayClient.submission(content, "text/plain", "onboarding-1", null).toString());
        assertEquals(201, submitted.status(), submitted::toString);
        assertEquals(TENANT, submitted.json().path("tenant").asText(), submitted::toString);
        String id = submitted.json().path("id").asText();
        ApiResponse read = GATEWAY.getWithToken(token, "/api/v1/articles/" + id);
        assertEquals(200, read.status(), read::toString);
        assertEquals(TENANT, read.json().path("tenant").asText(), read::toString);
        assertEquals(content, read.json().path("content").asText(), read::toString);

        ApiResponse acmeArticle = GATEWAY.submit(Partner.ACME, GatewayClient.submission(
                "Acme reported record sales of anvils on Wednesday, says " + TENANT + ".", "text/plain", null, null));
        assertEquals(201, acmeArticle.status(), acmeArticle::toString);
        ApiResponse foreign = GATEWAY.getWithToken(token, "/api/v1/articles/" + acmeArticle.json().path("id").asText());
        assertEquals(404, foreign.status(), foreign::toString);
        assertTrue(foreign.isProblem(), foreign::toString);
        assertEquals(404, GATEWAY.article(Partner.ACME, id).status(), "acme reads the new tenant's article");
        ApiResponse own = GATEWAY.getWithToken(token, "/api/v1/articles");
        assertEquals(200, own.status(), own::toString);
        assertEquals(List.of(id), ids(own.json().path("items")), "a new tenant lists exactly its one article");

        ApiResponse listed = GATEWAY.get(Partner.ADMIN, "/admin/v1/partners");
        assertEquals(200, listed.status(), listed::toString);
        assertTrue(listed.body().contains("\"" + CLIENT + "\""), listed::toString);

        ApiResponse rotation = GATEWAY.post(Partner.ADMIN, PARTNER + "/secret", "");
        assertEquals(200, rotation.status(), rotation::toString);
        String rotated = rotation.json().path("secret").asText();
        assertNotEquals(secret, rotated);
        assertRefused(secret, "the secret before rotation");
        String tokenBeforeDisable = tokenOf(rotated);

        ApiResponse disabled = GATEWAY.post(Partner.ADMIN, PARTNER + "/disable", "");
        long disabledAt = System.nanoTime();
        assertEquals(200, disabled.status(), disabled::toString);
        assertFalse(disabled.json().path("enabled").asBoolean(true), disabled::toString);
        assertFalse(GATEWAY.get(Partner.ADMIN, PARTNER).json().path("enabled").asBoolean(true), "partner still enabled");
        assertRefused(rotated, "a disabled partner");

        // The gateway refuses the live tokens of a disabled partner (revoked-client set shared through Redis).
        ApiResponse refused = GATEWAY.getWithToken(tokenBeforeDisable, "/api/v1/articles/" + id);
        System.out.printf("revocation: first 401 %.3f s after the disable answered%n", (System.nanoTime() - disabledAt) / 1e9);
        assertEquals(401, refused.status(), refused::toString);
        assertTrue(refused.isProblem(), refused::toString);
    }

    private static String tokenOf(String secret) {
        ApiResponse granted = TOKENS.clientCredentials(CLIENT, secret);
        assertEquals(200, granted.status(), granted::toString);
        return granted.json().path("access_token").asText();
    }

    private static void assertRefused(String secret, String what) {
        ApiResponse refused = TOKENS.clientCredentials(CLIENT, secret);
        assertEquals(401, refused.status(), () -> what + " still gets a token: " + refused);
        assertFalse(refused.json().has("access_token"), refused::toString);
    }

    private static JsonNode claims(String jwt) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (IOException e) {
            throw new IllegalStateException("not a JWT: " + jwt, e);
        }
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    /** Straight through Keycloak's admin API (the gateway offers no deletion), as the gateway's own service account. */
    private static void deleteClient(String clientId) {
        String clients = ADDRESSES.keycloak() + "/admin/realms/newsroom/clients";
        String bearer = "Bearer " + TOKENS.token(Partner.ADMIN);
        ApiResponse found = GATEWAY.send(HttpRequest.newBuilder(URI.create(clients + "?clientId="
                + URLEncoder.encode(clientId, StandardCharsets.UTF_8))).header("Authorization", bearer).GET().build());
        assertEquals(200, found.status(), found::toString);
        for (JsonNode client : found.json()) {
            ApiResponse deleted = GATEWAY.send(HttpRequest.newBuilder(URI.create(clients + "/" + client.path("id").asText()))
                    .header("Authorization", bearer).DELETE().build());
            assertEquals(204, deleted.status(), deleted::toString);
        }
    }
}
