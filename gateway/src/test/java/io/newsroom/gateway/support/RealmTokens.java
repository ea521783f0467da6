package io.newsroom.gateway.support;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Real tokens of realm newsroom from the local Keycloak (started by deploy/local/infra.sh), and one forged token. */
public final class RealmTokens {

    public static final String KEYCLOAK = System.getenv().getOrDefault("NEWSROOM_KEYCLOAK_URL", "http://127.0.0.1:8180");
    public static final String ISSUER = KEYCLOAK + "/realms/newsroom";
    public static final String TOKEN_ENDPOINT = ISSUER + "/protocol/openid-connect/token";
    private static final long REUSE_SECONDS = 60;

    private record Cached(String token, Instant fetched) {
    }

    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private RealmTokens() {
    }

    public static String partnerAcme() {
        return clientCredentials("partner-acme", "acme-secret");
    }

    public static String partnerGlobex() {
        return clientCredentials("partner-globex", "globex-secret");
    }

    public static String readerAcme() {
        return clientCredentials("reader-acme", "reader-secret");
    }

    public static String admin() {
        return clientCredentials("newsroom-admin-api", "admin-api-secret");
    }

    public static String clientCredentials(String client, String secret) {
        Cached cached = CACHE.get(client);
        if (cached != null && cached.fetched().plusSeconds(REUSE_SECONDS).isAfter(Instant.now())) {
            return cached.token();
        }
        Response response = requestClientCredentials(client, secret);
        assertEquals(200, response.statusCode(), () -> "Keycloak at " + KEYCLOAK + " must be up with realm newsroom "
                + "(deploy/local/infra.sh start keycloak); token request for " + client + " answered " + response.asString());
        String token = response.path("access_token");
        CACHE.put(client, new Cached(token, Instant.now()));
        return token;
    }

    public static Response requestClientCredentials(String client, String secret) {
        return RestAssured.given().auth().preemptive().basic(client, secret)
                .formParam("grant_type", "client_credentials").post(TOKEN_ENDPOINT);
    }

    /** A token of the built-in admin-cli client: signed by the realm, but without audience newsroom-api. */
    public static String withoutApiAudience() {
        Response response = RestAssured.given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "alice").formParam("password", "alice").post(TOKEN_ENDPOINT);
        assertEquals(200, response.statusCode(), response::asString);
        return response.path("access_token");
    }

    /** Claims a real admin token would have, signed with a key of our own; {@code kid} picks the key id it claims. */
    public static String forged(String kid) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            return Jwt.issuer(ISSUER).audience("newsroom-api").subject("forger").claim("azp", "partner-acme")
                    .claim("tenant", "acme").claim("realm_access", Map.of("roles", List.of("admin", "partner", "reader")))
                    .expiresIn(300).jws().keyId(kid).sign(keys.getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key id the realm signs with, so a forged token can claim the real key. */
    public static String realmKeyId() {
        return RestAssured.get(ISSUER + "/protocol/openid-connect/certs").path("keys.find { it.use == 'sig' && it.alg == 'RS256' }.kid");
    }

    /** Removes a client straight through Keycloak's admin API, so test runs leave the realm as they found it. */
    public static void deleteClient(String clientId) {
        String admin = admin();
        String base = KEYCLOAK + "/admin/realms/newsroom/clients";
        java.util.List<String> ids = RestAssured.given().auth().oauth2(admin).queryParam("clientId", clientId).get(base).path("id");
        ids.forEach(id -> RestAssured.given().auth().oauth2(admin).delete(base + "/" + id).then().statusCode(204));
    }
}
