package io.newsroom.article.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/** One signed POST to a receiver: redirects never followed, time bounded, at most maxResponseBytes of the answer read. */
public class WebhookSender {

    /** The outcome of an attempt: delivered on a 2xx, otherwise the status (null: no answer) and the error. */
    public record Attempt(boolean delivered, Integer status, String error) {
    }

    private final HttpClient client;
    private final TargetGuard guard;
    private final Duration readTimeout;
    private final int maxResponseBytes;

    public WebhookSender(TargetGuard guard, Duration connectTimeout, Duration readTimeout, int maxResponseBytes) {
        this.guard = guard;
        this.readTimeout = readTimeout;
        this.maxResponseBytes = maxResponseBytes;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public Attempt send(String url, String secret, UUID deliveryId, String eventType, String body, long timestamp) {
        URI target;
        try {
            target = URI.create(url);
            guard.checkTarget(target);
        } catch (IllegalArgumentException e) {
            return new Attempt(false, null, "refused target: " + e.getMessage());
        }
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(readTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Newsroom-Webhooks/1")
                .header(WebhookSignature.DELIVERY_ID_HEADER, deliveryId.toString())
                .header(WebhookSignature.EVENT_HEADER, eventType)
                .header(WebhookSignature.HEADER, WebhookSignature.header(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String answer;
            try (InputStream in = response.body()) {
                answer = new String(in.readNBytes(maxResponseBytes), StandardCharsets.UTF_8);
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return new Attempt(true, status, null);
            }
            String detail = status >= 300 && status < 400 ? "redirect not followed" : answer.strip();
            return new Attempt(false, status, "HTTP " + status + (detail.isEmpty() ? "" : ": " + abbreviate(detail)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(false, null, "interrupted");
        } catch (IOException e) {
            return new Attempt(false, null, abbreviate(e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 500 ? text.substring(0, 500) + "..." : text;
    }
}
