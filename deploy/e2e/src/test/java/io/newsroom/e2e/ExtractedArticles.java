package io.newsroom.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.e2e.client.ApiResponse;
import io.newsroom.e2e.client.GatewayClient;
import io.newsroom.e2e.client.TokenSource.Partner;
import io.newsroom.e2e.newswire.NewsStory;
import io.newsroom.e2e.newswire.SyntheticNewsWire;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import static io.newsroom.e2e.RunningSuite.GATEWAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Articles a scenario submits through the gateway and waits for, and their later extraction attempts. */
public final class ExtractedArticles {

    public static final Duration WAIT = Duration.ofMinutes(3);

    private ExtractedArticles() {
    }

    /** Submits COUNT generated stories as the partner and waits until each is EXTRACTED; returns their ids. */
    public static List<String> submit(Partner partner, int count) {
        return submit(count, submission -> GATEWAY.submit(partner, submission),
                id -> GATEWAY.awaitExtraction(partner, id, WAIT));
    }

    /** The same with the token of a partner onboarded during the run. */
    public static List<String> submit(String token, int count) {
        return submit(count, submission -> GATEWAY.postWithToken(token, "/api/v1/articles", submission.toString()),
                id -> GATEWAY.awaitExtraction(token, id, WAIT));
    }

    private static List<String> submit(int count, Function<JsonNode, ApiResponse> send, Function<String, JsonNode> await) {
        SyntheticNewsWire wire = new SyntheticNewsWire(System.nanoTime());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            NewsStory story = wire.next();
            ApiResponse created = send.apply(GatewayClient.submission(story.content(), "text/plain",
                    story.externalId(), story.publishedAt()));
            assertEquals(201, created.status(), created::toString);
            ids.add(created.json().path("id").asText());
        }
        for (String id : ids) {
            JsonNode article = await.apply(id);
            assertEquals("EXTRACTED", article.path("status").asText(), article::toString);
        }
        return ids;
    }

    /** Polls the article until its extraction attempt ATTEMPT has ended (a re-extraction or a replay). */
    public static JsonNode awaitAttempt(Partner partner, String id, int attempt) {
        return awaitAttempt(() -> GATEWAY.article(partner, id), id, attempt);
    }

    /** The same with the token of a partner onboarded during the run. */
    public static JsonNode awaitAttempt(String token, String id, int attempt) {
        return awaitAttempt(() -> GATEWAY.getWithToken(token, "/api/v1/articles/" + id), id, attempt);
    }

    private static JsonNode awaitAttempt(Supplier<ApiResponse> read, String id, int attempt) {
        Instant deadline = Instant.now().plus(WAIT);
        JsonNode article = null;
        while (Instant.now().isBefore(deadline)) {
            article = read.get().json();
            if (article.path("attempt").asInt() >= attempt && !article.path("status").asText().equals("PENDING")) {
                return article;
            }
            GatewayClient.pause(Duration.ofMillis(500));
        }
        throw new AssertionError("article " + id + " did not reach attempt " + attempt + " extracted: " + article);
    }
}
