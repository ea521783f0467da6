package io.newsroom.e2e.faults;

import io.newsroom.e2e.client.ApiResponse;
import io.newsroom.e2e.client.GatewayClient;
import io.newsroom.e2e.client.TokenSource.Partner;
import io.newsroom.e2e.messaging.SuiteTopics;
import io.newsroom.e2e.messaging.SuiteTopics.EventTally;
import io.newsroom.e2e.newswire.NewsStory;
import io.newsroom.e2e.newswire.SyntheticNewsWire;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static io.newsroom.e2e.RunningSuite.GATEWAY;
import static io.newsroom.e2e.RunningSuite.LEDGER;
import static io.newsroom.e2e.RunningSuite.TOPICS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Articles submitted at a steady pace through the gateway during a fault, and the checks that none was lost or doubled. */
final class IngestionRun {

    private final Instant startedAt = Instant.now().minusSeconds(5);
    private final SyntheticNewsWire wire = new SyntheticNewsWire(System.nanoTime());
    private final ConcurrentLinkedQueue<UUID> stored = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<ApiResponse> refused = new ConcurrentLinkedQueue<>();
    private ExecutorService senders;

    /** Submits count articles spread evenly over the duration, in the background. */
    IngestionRun start(int count, Duration over) {
        List<NewsStory> stories = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            stories.add(wire.next());
        }
        senders = Executors.newFixedThreadPool(8);
        long intervalNanos = over.toNanos() / Math.max(1, count);
        long origin = System.nanoTime();
        for (int i = 0; i < count; i++) {
            NewsStory story = stories.get(i);
            long due = origin + i * intervalNanos;
            senders.submit(() -> {
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    GatewayClient.pause(Duration.ofNanos(wait));
                }
                submit(story);
            });
        }
        senders.shutdown();
        return this;
    }

    private void submit(NewsStory story) {
        ApiResponse response = GATEWAY.submit(Partner.ACME,
                GatewayClient.submission(story.content(), "text/plain", story.externalId(), story.publishedAt()));
        // a refusal is retried with the same external id, as a partner would: idempotent, so never a second article
        for (int attempt = 0; attempt < 30 && !response.isSuccess(); attempt++) {
            refused.add(response);
            GatewayClient.pause(Duration.ofSeconds(2));
            response = GATEWAY.submit(Partner.ACME,
                    GatewayClient.submission(story.content(), "text/plain", story.externalId(), story.publishedAt()));
        }
        if (response.isSuccess()) {
            stored.add(UUID.fromString(response.json().path("id").asText()));
        } else {
            refused.add(response);
        }
    }

    void awaitSubmitted(Duration timeout) throws InterruptedException {
        assertTrue(senders.awaitTermination(timeout.toSeconds(), TimeUnit.SECONDS), "submissions did not finish in " + timeout);
    }

    List<UUID> stored() {
        return List.copyOf(stored);
    }

    List<ApiResponse> refusals() {
        return List.copyOf(refused);
    }

    long extracted() {
        return LEDGER.statusCounts(stored()).getOrDefault("EXTRACTED", 0L);
    }

    void awaitAllExtracted(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<UUID> ids = stored();
        Map<String, Long> statuses = LEDGER.statusCounts(ids);
        while (statuses.getOrDefault("EXTRACTED", 0L) < ids.size() && Instant.now().isBefore(deadline)) {
            GatewayClient.pause(Duration.ofSeconds(2));
            statuses = LEDGER.statusCounts(ids);
        }
        assertEquals(Map.of("EXTRACTED", (long) ids.size()), statuses, "statuses of the " + ids.size() + " articles after " + timeout);
    }

    /** Every article stored once, queued once, extracted by exactly one extraction event applied once. */
    void assertExactlyOnce(int expected) {
        List<UUID> ids = stored();
        Set<String> idTexts = ids.stream().map(UUID::toString).collect(Collectors.toSet());
        assertEquals(expected, idTexts.size(), "distinct articles stored (refusals: " + refusals().size() + ")");
        assertEquals(expected, LEDGER.statusByExternalId("acme", "e2e-" + wire.runId() + "-").size(),
                "articles stored under this run's external ids");
        Map<String, Long> queued = LEDGER.submittedEvents(ids);
        Map<String, Long> applied = LEDGER.extractionEventsApplied(ids);
        Map<String, Long> attempts = LEDGER.attempts(ids);
        EventTally onTopic = TOPICS.tally(SuiteTopics.EXTRACTED, startedAt, idTexts);
        long notQueuedOnce = idTexts.stream().filter(id -> queued.getOrDefault(id, 0L) != 1).count();
        long notAppliedOnce = idTexts.stream().filter(id -> applied.getOrDefault(id, 0L) != 1).count();
        long reprocessed = idTexts.stream().filter(id -> attempts.getOrDefault(id, 0L) != 1).count();
        long missingEvent = idTexts.stream().filter(id -> onTopic.distinctEvents(id) == 0).count();
        long severalEvents = idTexts.stream().filter(id -> onTopic.distinctEvents(id) > 1).count();
        long redelivered = idTexts.stream().filter(id -> onTopic.records(id) > onTopic.distinctEvents(id)).count();
        System.out.printf("exactly-once check over %d articles: submitted events != 1: %d, extraction events applied != 1: %d, "
                        + "attempt != 1: %d, no extraction event on %s: %d, several distinct extraction events: %d, "
                        + "same event written more than once: %d, refusals retried: %d%n",
                ids.size(), notQueuedOnce, notAppliedOnce, reprocessed, SuiteTopics.EXTRACTED, missingEvent, severalEvents,
                redelivered, refusals().size());
        assertEquals(0, notQueuedOnce, "articles without exactly one articles.submitted event");
        assertEquals(0, missingEvent, "articles without an extraction event on " + SuiteTopics.EXTRACTED);
        assertEquals(0, severalEvents, "articles extracted by more than one extraction event (duplicates)");
        assertEquals(0, notAppliedOnce, "articles whose extraction was not applied exactly once");
        assertEquals(0, reprocessed, "articles submitted more than once");
    }
}
