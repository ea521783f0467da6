package io.newsroom.e2e.client;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Access tokens of the realm newsroom by the client-credentials grant, reused until shortly before they expire. */
public final class TokenSource {

    /** The realm's clients with their development secrets (overridable like in deploy/local/token.sh). */
    public enum Partner {
        ACME("partner-acme", "NEWSROOM_PARTNER_ACME_SECRET", "acme-secret", "acme"),
        GLOBEX("partner-globex", "NEWSROOM_PARTNER_GLOBEX_SECRET", "globex-secret", "globex"),
        READER_ACME("reader-acme", "NEWSROOM_READER_ACME_SECRET", "reader-secret", "acme"),
        SHORTLIVED_ACME("partner-acme-shortlived", "NEWSROOM_SHORTLIVED_SECRET", "shortlived-secret", "acme"),
        ADMIN("newsroom-admin-api", "NEWSROOM_ADMIN_API_SECRET", "admin-api-secret", null);

        public final String clientId;
        public final String tenant;
        private final String secretVariable;
        private final String developmentSecret;

        Partner(String clientId, String secretVariable, String developmentSecret, String tenant) {
            this.clientId = clientId;
            this.secretVariable = secretVariable;
            this.developmentSecret = developmentSecret;
            this.tenant = tenant;
        }

        String secret() {
            String secret = System.getenv(secretVariable);
            return secret == null || secret.isBlank() ? developmentSecret : secret;
        }
    }

    private record Token(String value, Instant renewAfter) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String tokenEndpoint;
    private final Map<Partner, Token> cache = new ConcurrentHashMap<>();
    private final Map<Partner, Object> locks = new ConcurrentHashMap<>();

    public TokenSource(String tokenEndpoint) {
        this.tokenEndpoint = tokenEndpoint;
    }

    public String token(Partner client) {
        return valid(client, Duration.ZERO);
    }

    /**
     * Makes sure the cached token of {@code client} stays usable for at least {@code ahead}, fetching a new one now if
     * not: a load run calls it before it starts its clock, so that no measured request waits for Keycloak.
     */
    public void prepare(Partner client, Duration ahead) {
        valid(client, ahead);
    }

    /** One fetch per client at a time: the threads that find the token due wait for that one fetch, not each their own. */
    private String valid(Partner client, Duration ahead) {
        Token cached = cache.get(client);
        if (cached != null && Instant.now().plus(ahead).isBefore(cached.renewAfter())) {
            return cached.value();
        }
        synchronized (locks.computeIfAbsent(client, c -> new Object())) {
            cached = cache.get(client);
            if (cached != null && Instant.now().plus(ahead).isBefore(cached.renewAfter())) {
                return cached.value();
            }
            Token fresh = fetch(client);
            cache.put(client, fresh);
            return fresh.value();
        }
    }

    /** A token nobody else holds (not cached), e.g. to watch it expire. */
    public String freshToken(Partner client) {
        return fetch(client).value();
    }

    private Token fetch(Partner client) {
        ApiResponse response = clientCredentials(client.clientId, client.secret());
        if (response.status() != 200) {
            throw new IllegalStateException("no token for " + client.clientId + " from " + tokenEndpoint + ": " + response);
        }
        JsonNode body = response.json();
        long lifetime = body.path("expires_in").asLong(60);
        // renew at 80 % of the lifetime so a cached token is never sent expired
        return new Token(body.path("access_token").asText(), Instant.now().plusMillis(lifetime * 800));
    }

    /** Keycloak's answer to one client-credentials grant, refusals included (a disabled client, a rotated secret). */
    public ApiResponse clientCredentials(String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=" + URLEncoder.encode("client_credentials", StandardCharsets.UTF_8)))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak token endpoint " + tokenEndpoint + " unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching a token", e);
        }
    }
}
