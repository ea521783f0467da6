package io.newsroom.e2e.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsroom.e2e.client.TokenSource.Partner;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The partner and admin API as the public sees it: every call goes through the gateway with a realm token. */
public final class GatewayClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final String base;
    private final TokenSource tokens;

    public GatewayClient(String base, TokenSource tokens) {
        this.base = base;
        this.tokens = tokens;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
    }

    public String base() {
        return base;
    }

    public TokenSource tokens() {
        return tokens;
    }

    public static ObjectNode submission(String content, String contentType, String externalId, String publishedAt) {
        ObjectNode body = JSON.createObjectNode().put("content", content).put("contentType", contentType);
        if (externalId != null) {
            body.put("externalId", externalId);
        }
        if (publishedAt != null) {
            body.put("publishedAt", publishedAt);
        }
        return body;
    }

    public ApiResponse submit(Partner partner, JsonNode submission) {
        return post(partner, "/api/v1/articles", submission.toString());
    }

    public ApiResponse article(Partner partner, String id) {
        return get(partner, "/api/v1/articles/" + id);
    }

    public ApiResponse extraction(Partner partner, String id) {
        return get(partner, "/api/v1/articles/" + id + "/extraction");
    }

    public ApiResponse list(Partner partner, Map<String, String> filters) {
        String query = filters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return get(partner, "/api/v1/articles" + (query.isEmpty() ? "" : "?" + query));
    }

    public ApiResponse get(Partner partner, String path) {
        return send(request(partner, path).GET().build());
    }

    public ApiResponse post(Partner partner, String path, String json) {
        return send(withJson(request(partner, path), json));
    }

    public ApiResponse delete(Partner partner, String path) {
        return send(request(partner, path).DELETE().build());
    }

    /** Calls with a token the caller holds itself: one of a partner onboarded during the run, one about to expire, one forged. */
    public ApiResponse getWithToken(String token, String path) {
        return send(withToken(token, path).GET().build());
    }

    public ApiResponse postWithToken(String token, String path, String json) {
        return send(withJson(withToken(token, path), json));
    }

    public HttpRequest.Builder request(Partner partner, String path) {
        return partner == null ? anonymous(path) : withToken(tokens.token(partner), path);
    }

    private HttpRequest.Builder withToken(String token, String path) {
        return anonymous(path).header("Authorization", "Bearer " + token);
    }

    private HttpRequest.Builder anonymous(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    }

    private static HttpRequest withJson(HttpRequest.Builder builder, String json) {
        return builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    public ApiResponse send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new ApiResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Polls one article until its status is EXTRACTED or FAILED; returns the last article read. */
    public JsonNode awaitExtraction(Partner partner, String id, Duration timeout) {
        return awaitExtraction(() -> article(partner, id), id, timeout);
    }

    /** The same with a token the caller holds (a partner onboarded during the run). */
    public JsonNode awaitExtraction(String token, String id, Duration timeout) {
        return awaitExtraction(() -> getWithToken(token, "/api/v1/articles/" + id), id, timeout);
    }

    private static JsonNode awaitExtraction(Supplier<ApiResponse> read, String id, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode article = null;
        while (Instant.now().isBefore(deadline)) {
            ApiResponse response = read.get();
            if (response.status() == 200) {
                article = response.json();
                String status = article.path("status").asText();
                if (status.equals("EXTRACTED") || status.equals("FAILED")) {
                    return article;
                }
            }
            pause(Duration.ofMillis(500));
        }
        throw new IllegalStateException("article " + id + " not extracted within " + timeout + "; last seen " + article);
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
