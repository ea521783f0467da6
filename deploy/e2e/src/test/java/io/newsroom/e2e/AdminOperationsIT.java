package io.newsroom.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.e2e.client.ApiResponse;
import io.newsroom.e2e.client.GatewayClient;
import io.newsroom.e2e.client.TokenSource.Partner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.newsroom.e2e.RunningSuite.GATEWAY;
import static io.newsroom.e2e.RunningSuite.TOPICS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The admin API through the gateway: bulk re-extraction with progress, dead letters and their replay. */
@ExtendWith(RunningSuite.class)
class AdminOperationsIT {

    private static final Duration WAIT = ExtractedArticles.WAIT;
    // a bulk job over more articles than this is cancelled once it has shown progress, to keep the run bounded
    private static final long BULK_COMPLETION_LIMIT = 300;

    @Test
    void bulkReextractionReportsProgressAndEnds() {
        List<String> ids = ExtractedArticles.submit(Partner.ACME, 3);
        String running = GATEWAY.extraction(Partner.ACME, ids.get(0)).json().path("extractorVersion").asText();

        ApiResponse unknown = GATEWAY.post(Partner.ADMIN, "/admin/v1/reextractions", "{\"extractorVersion\":\"9.9.9\"}");
        assertEquals(422, unknown.status(), unknown::toString);
        assertTrue(unknown.json().path("detail").asText().contains("9.9.9"), unknown::toString);
        ApiResponse started = GATEWAY.post(Partner.ADMIN, "/admin/v1/reextractions",
                "{\"extractorVersion\":\"" + running + "\",\"tenant\":\"acme\"}");
        assertEquals(202, started.status(), started::toString);
        String jobId = started.json().path("id").asText();
        assertTrue(started.header("Location").endsWith("/admin/v1/reextractions/" + jobId), started::toString);

        Instant deadline = Instant.now().plus(WAIT);
        JsonNode progress = started.json();
        long lastSubmitted = -1;
        boolean cancelled = false;
        while (List.of("QUEUED", "RUNNING").contains(progress.path("state").asText())) {
            if (Instant.now().isAfter(deadline)) {
                fail("bulk re-extraction still running after " + WAIT + ": " + progress);
            }
            GatewayClient.pause(Duration.ofMillis(500));
            ApiResponse polled = GATEWAY.get(Partner.ADMIN, "/admin/v1/reextractions/" + jobId);
            assertEquals(200, polled.status(), polled::toString);
            progress = polled.json();
            long submitted = progress.path("done").asLong();
            assertTrue(submitted >= lastSubmitted, "progress went backwards: " + progress);
            lastSubmitted = submitted;
            if (!cancelled && submitted > 0 && progress.path("total").asLong() > BULK_COMPLETION_LIMIT) {
                ApiResponse cancel = GATEWAY.delete(Partner.ADMIN, "/admin/v1/reextractions/" + jobId);
                assertEquals(202, cancel.status(), cancel::toString);
                cancelled = true;
            }
        }
        assertEquals(cancelled ? "CANCELLED" : "COMPLETED", progress.path("state").asText(), progress::toString);
        assertTrue(progress.path("total").asLong() >= ids.size(), progress::toString);
        assertEquals(0, progress.path("failed").asLong(), progress::toString);
        if (!cancelled) {
            assertEquals(progress.path("total").asLong(), progress.path("done").asLong(), progress::toString);
            for (String id : ids) {
                JsonNode article = ExtractedArticles.awaitAttempt(Partner.ACME, id, 2);
                assertEquals("EXTRACTED", article.path("status").asText(), article::toString);
            }
        }
        ApiResponse partnerTry = GATEWAY.post(Partner.ACME, "/admin/v1/reextractions", "{}");
        assertEquals(403, partnerTry.status(), partnerTry::toString);
        assertTrue(partnerTry.isProblem(), partnerTry::toString);
    }

    @Test
    void deadLetterIsListedAndItsReplayExtractsTheArticleAgain() {
        String id = ExtractedArticles.submit(Partner.GLOBEX, 1).get(0);
        TOPICS.publishDeadLetter(id, "globex", "io.newsroom.e2e.InjectedFailure", "dead letter written by AdminOperationsIT");

        JsonNode letter = null;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (letter == null && Instant.now().isBefore(deadline)) {
            GatewayClient.pause(Duration.ofMillis(500));
            ApiResponse listed = GATEWAY.get(Partner.ADMIN, "/admin/v1/dead-letters");
            assertEquals(200, listed.status(), listed::toString);
            for (JsonNode candidate : listed.json()) {
                if (candidate.path("articleId").asText().equals(id)) {
                    letter = candidate;
                }
            }
        }
        assertTrue(letter != null, "dead letter of " + id + " not listed");
        assertEquals("io.newsroom.e2e.InjectedFailure", letter.path("errorClass").asText(), letter::toString);

        ApiResponse replay = GATEWAY.post(Partner.ADMIN, "/admin/v1/dead-letters/" + id + "/replay", "");
        assertEquals(202, replay.status(), replay::toString);
        JsonNode article = ExtractedArticles.awaitAttempt(Partner.GLOBEX, id, 2);
        assertEquals("EXTRACTED", article.path("status").asText(), article::toString);

        ApiResponse partnerTry = GATEWAY.get(Partner.GLOBEX, "/admin/v1/dead-letters");
        assertEquals(403, partnerTry.status(), partnerTry::toString);
    }
}
