package io.newsroom.article.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** Access tokens from the real local Keycloak (realm newsroom), with the realm's development secrets. */
public final class KeycloakTokens {

    public static final String REALM_URL = System.getenv().getOrDefault("NEWSROOM_OIDC_URL", "http://127.0.0.1:8180/realms/newsroom");

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private KeycloakTokens() {
    }

    public static String partnerAcme() {
        return clientCredentials("partner-acme", System.getenv().getOrDefault("NEWSROOM_PARTNER_ACME_SECRET", "acme-secret"));
    }

    public static String partnerGlobex() {
        return clientCredentials("partner-globex", System.getenv().getOrDefault("NEWSROOM_PARTNER_GLOBEX_SECRET", "globex-secret"));
    }

    public static String readerAcme() {
        return clientCredentials("reader-acme", System.getenv().getOrDefault("NEWSROOM_READER_ACME_SECRET", "reader-secret"));
    }

    /** A partner-acme token that lives 5 seconds. */
    public static String shortLivedAcme() {
        return clientCredentials("partner-acme-shortlived", System.getenv().getOrDefault("NEWSROOM_SHORTLIVED_SECRET", "shortlived-secret"));
    }

    public static String admin() {
        return token(Map.of("grant_type", "password", "client_id", "newsroom-cli", "username", "admin", "password", "admin"), null);
    }

    public static String clientCredentials(String client, String secret) {
        String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return token(Map.of("grant_type", "client_credentials"), "Basic " + basic);
    }

    private static String token(Map<String, String> form, String authorization) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(REALM_URL + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = MAPPER.readTree(response.body());
            if (response.statusCode() != 200 || !json.hasNonNull("access_token")) {
                throw new IllegalStateException("Keycloak refused a token (" + response.statusCode() + "): " + response.body());
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
