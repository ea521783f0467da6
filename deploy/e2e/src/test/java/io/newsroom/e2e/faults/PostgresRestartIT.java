package io.newsroom.e2e.faults;

import io.newsroom.e2e.RunningSuite;
import io.newsroom.e2e.client.ApiResponse;
import io.newsroom.e2e.client.GatewayClient;
import io.newsroom.e2e.client.TokenSource.Partner;
import io.newsroom.e2e.newswire.NewsStory;
import io.newsroom.e2e.newswire.SyntheticNewsWire;
import io.newsroom.e2e.repository.ArticleLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.newsroom.e2e.RunningSuite.GATEWAY;
import static io.newsroom.e2e.RunningSuite.SUITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL restarts while partners submit and extraction results are being stored: submissions fail cleanly during
 * the outage, and the articles stored around it end extracted exactly once. The shared server on 5432 is not ours to
 * restart, so article-service is pointed at a private cluster on another port (deploy/local/infra.sh with
 * NEWSROOM_RUN_DIR / NEWSROOM_PG_PORT) and its own consumer group for the scenario, then put back as it was.
 */
@ExtendWith(RunningSuite.class)
class PostgresRestartIT {

    private static final int PORT = Integer.getInteger("e2e.faults.postgres-port", 55432);
    private static final Duration OUTAGE = Duration.ofSeconds(15);
    private static final Map<String, String> PRIVATE_POSTGRES = Map.of(
            "NEWSROOM_RUN_DIR", SUITE.root().resolve(".run/faults-postgres").toString(),
            "NEWSROOM_PG_PORT", Integer.toString(PORT));
    private static final Map<String, String> ARTICLE_SERVICE_ON_PRIVATE_POSTGRES = Map.of(
            "NEWSROOM_DB_URL", "jdbc:postgresql://127.0.0.1:" + PORT + "/newsroom",
            "NEWSROOM_CONSUMER_GROUP", "article-service-faults-postgres",
            "MP_MESSAGING_INCOMING_ARTICLES_EXTRACTED_AUTO_OFFSET_RESET", "latest",
            "MP_MESSAGING_INCOMING_ARTICLES_EXTRACTION_FAILED_AUTO_OFFSET_RESET", "latest");

    private record Outcome(Instant at, String externalId, ApiResponse response) {
    }

    @Test
    void requestsFailCleanlyDuringTheOutageAndTheServiceRecoversByItself() throws InterruptedException {
        ArticleLedger ledger = new ArticleLedger("jdbc:postgresql://127.0.0.1:" + PORT + "/newsroom");
        SUITE.infrastructure(PRIVATE_POSTGRES, "start", "postgres");
        SUITE.stopServices("article-service");
        List<Outcome> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
        SyntheticNewsWire wire = new SyntheticNewsWire(System.nanoTime());
        Instant outageStart;
        Instant outageEnd;
        try {
            SUITE.startServices(ARTICLE_SERVICE_ON_PRIVATE_POSTGRES, "article-service");
            AtomicBoolean submitting = new AtomicBoolean(true);
            Thread load = Thread.ofPlatform().name("postgres-fault-load").start(() -> {
                while (submitting.get()) {
                    NewsStory story = wire.next();
                    ApiResponse response = GATEWAY.submit(Partner.ACME, GatewayClient.submission(story.content(),
                            "text/plain", story.externalId(), story.publishedAt()));
                    outcomes.add(new Outcome(Instant.now(), story.externalId(), response));
                    GatewayClient.pause(Duration.ofMillis(100));
                }
            });
            GatewayClient.pause(Duration.ofSeconds(10));
            outageStart = Instant.now();
            SUITE.infrastructure(PRIVATE_POSTGRES, "stop", "postgres");
            GatewayClient.pause(OUTAGE);
            SUITE.infrastructure(PRIVATE_POSTGRES, "start", "postgres");
            outageEnd = Instant.now();
            // recovery must come by itself: nothing restarts article-service here
            GatewayClient.pause(Duration.ofSeconds(40));
            submitting.set(false);
            load.join();

            List<Outcome> all = List.copyOf(outcomes);
            List<Outcome> refusals = all.stream().filter(o -> !o.response().isSuccess()).toList();
            long notProblems = refusals.stream().filter(o -> !o.response().isProblem()).count();
            long refusedDuringOutage = refusals.stream()
                    .filter(o -> !o.at().isBefore(outageStart) && !o.at().isAfter(outageEnd.plusSeconds(30))).count();
            List<Outcome> lastTen = all.subList(Math.max(0, all.size() - 10), all.size());
            System.out.printf("PostgreSQL restart: %d submissions, %d stored, %d refused (%d during the outage), "
                            + "statuses of refusals %s%n", all.size(), all.size() - refusals.size(), refusals.size(),
                    refusedDuringOutage, refusals.stream().map(o -> o.response().status())
                            .collect(java.util.stream.Collectors.groupingBy(s -> s, java.util.stream.Collectors.counting())));
            assertTrue(refusedDuringOutage > 0, "no submission was refused while PostgreSQL was down: was it down?");
            assertEquals(0, notProblems, () -> "refusals that are not problem+json, e.g. "
                    + refusals.stream().filter(o -> !o.response().isProblem()).findFirst().orElseThrow());
            assertEquals(0, refusals.stream().filter(o -> o.response().status() < 500).count(),
                    "an outage answered with a 4xx blames the partner");
            assertTrue(lastTen.stream().allMatch(o -> o.response().status() == 201),
                    () -> "not recovered 40 s after PostgreSQL came back: " + lastTen.get(lastTen.size() - 1).response());

            Map<String, String> stored = ledger.statusByExternalId("acme", "e2e-" + wire.runId() + "-");
            long storedDespiteRefusal = refusals.stream().filter(o -> stored.containsKey(o.externalId())).count();
            List<UUID> storedIds = all.stream().filter(o -> o.response().isSuccess())
                    .map(o -> UUID.fromString(o.response().json().path("id").asText())).toList();
            assertEquals(storedIds.size(), stored.size(), "stored articles vs 201 answers");
            assertEquals(0, storedDespiteRefusal, "articles stored although their submission was refused");
            assertEquals(0, ledger.articlesWithoutSubmittedEvent(storedIds), "articles stored without their outbox event");

            // the results the outage interrupted are stored once the database is back, each exactly once; counted from
            // 5 s before the cut (the scenario's consumer group starts at the latest offsets when it joins)
            List<UUID> aroundOutage = all.stream()
                    .filter(o -> o.response().isSuccess() && o.at().isAfter(outageStart.minusSeconds(5)))
                    .map(o -> UUID.fromString(o.response().json().path("id").asText())).toList();
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            Map<String, Long> statuses = ledger.statusCounts(aroundOutage);
            while (statuses.getOrDefault("EXTRACTED", 0L) < aroundOutage.size() && Instant.now().isBefore(deadline)) {
                GatewayClient.pause(Duration.ofSeconds(2));
                statuses = ledger.statusCounts(aroundOutage);
            }
            assertEquals(Map.of("EXTRACTED", (long) aroundOutage.size()), statuses,
                    "statuses of the articles stored around the outage");
            Map<String, Long> applied = ledger.extractionEventsApplied(aroundOutage);
            assertEquals(0, aroundOutage.stream().filter(id -> applied.getOrDefault(id.toString(), 0L) != 1).count(),
                    "articles whose extraction was not applied exactly once");
        } finally {
            SUITE.stopServices("article-service");
            SUITE.startServices("article-service");
            SUITE.infrastructure(PRIVATE_POSTGRES, "stop", "postgres");
        }
    }
}
