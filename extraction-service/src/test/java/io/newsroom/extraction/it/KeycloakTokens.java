package io.newsroom.extraction.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Client-credentials tokens from the real local Keycloak (realm newsroom), with the realm's development secrets. */
final class KeycloakTokens {

    static final String REALM_URL = System.getenv().getOrDefault("NEWSROOM_OIDC_URL",
            "http://127.0.0.1:8180/realms/newsroom");

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private KeycloakTokens() {
    }

    static String partnerAcme() {
        return clientCredentials("partner-acme", System.getenv().getOrDefault("NEWSROOM_PARTNER_ACME_SECRET", "acme-secret"));
    }

    static String readerAcme() {
        return clientCredentials("reader-acme", System.getenv().getOrDefault("NEWSROOM_READER_ACME_SECRET", "reader-secret"));
    }

    private static String clientCredentials(String client, String secret) {
        String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(REALM_URL + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json = MAPPER.readTree(response.body());
            if (response.statusCode() != 200 || !json.hasNonNull("access_token")) {
                throw new IllegalStateException("Keycloak refused a token for " + client + " (" + response.statusCode()
                        + "): " + response.body());
            }
            return json.get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + REALM_URL
                    + "; start it with deploy/local/infra.sh start keycloak", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
