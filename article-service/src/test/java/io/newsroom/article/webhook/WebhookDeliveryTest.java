package io.newsroom.article.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.newsroom.article.ContentType;
import io.newsroom.article.EventFixtures;
import io.newsroom.article.Submissions;
import io.newsroom.article.messaging.ExtractedEvent;
import io.newsroom.article.messaging.ExtractionFailedEvent;
import io.newsroom.article.service.ArticleService;
import io.newsroom.article.service.ArticleSubmission;
import io.newsroom.article.service.ExtractionRecorder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pipeline's results delivered to a receiver in this test, through the dispatcher's rounds. */
@QuarkusTest
@TestProfile(ShortBackoffProfile.class)
class WebhookDeliveryTest {

    private static final String SECRET = "receiver-secret-0123456789";
    private static final String TENANT = "wh-delivery";

    @Inject
    WebhookStore store;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    ArticleService articles;

    @Inject
    ExtractionRecorder recorder;

    @Inject
    ObjectMapper mapper;

    /** A receiver: records what arrives and answers with the status set. */
    static final class Receiver {
        record Received(Map<String, String> headers, String body) {
        }

        final List<Received> received = new CopyOnWriteArrayList<>();
        final AtomicInteger answer = new AtomicInteger(204);
        final int port;
        private HttpServer server;

        Receiver(int port) throws IOException {
            server = start(port);
            this.port = server.getAddress().getPort();
        }

        private HttpServer start(int port) throws IOException {
            HttpServer created = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            created.createContext("/hook", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Map<String, String> headers = new ConcurrentHashMap<>();
                exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.get(0)));
                received.add(new Received(headers, body));
                exchange.sendResponseHeaders(answer.get(), -1);
                exchange.close();
            });
            created.start();
            return created;
        }

        void down() {
            server.stop(0);
        }

        void up() throws IOException {
            server = start(port);
        }

        String url() {
            return "http://127.0.0.1:" + port + "/hook";
        }
    }

    private Receiver receiver;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = new Receiver(0);
    }

    @AfterEach
    void stopReceiver() {
        receiver.down();
        QuarkusTransaction.requiringNew().run(() -> store.endpoints(TENANT).forEach(e -> store.deleteEndpoint(e.id())));
    }

    @Test
    void extractionAndFailureArriveSignedWithTheirFields() throws Exception {
        UUID endpoint = endpoint(receiver.url(), List.of(WebhookEvents.EXTRACTED, WebhookEvents.FAILED));
        UUID extracted = extracted("1.4.0");
        UUID failed = stored();
        recorder.recordFailure(ExtractionFailedEvent.read(mapper, EventFixtures.extractionFailed(failed, TENANT)));
        dispatchUntilSettled();

        assertEquals(2, receiver.received.size());
        for (Receiver.Received r : receiver.received) {
            String signature = r.headers().get("newsroom-signature");
            assertTrue(WebhookSignature.verify(SECRET, signature, r.body(), Instant.now().getEpochSecond(), 300),
                    "signature verifies: " + signature);
            JsonNode body = mapper.readTree(r.body());
            assertEquals(r.headers().get("newsroom-delivery-id"), body.get("deliveryId").asText());
            assertEquals(body.get("eventType").asText(), r.headers().get("newsroom-event"));
            assertEquals("application/json", r.headers().get("content-type"));
            assertEquals(TENANT, body.get("tenant").asText());
            assertEquals("https://api.newsroom.example/api/v1/articles/" + body.get("articleId").asText(), body.get("link").asText());
        }
        JsonNode first = byArticle().get(extracted).get(0);
        assertEquals("article.extracted", first.get("eventType").asText());
        assertEquals("EXTRACTED", first.get("status").asText());
        assertEquals("1.4.0", first.get("extractorVersion").asText());
        JsonNode second = byArticle().get(failed).get(0);
        assertEquals("article.failed", second.get("eventType").asText());
        assertEquals("FAILED", second.get("status").asText());
        assertNotNull(second.get("failureReason"));
        List<WebhookStore.Delivery> log = QuarkusTransaction.requiringNew().call(() -> store.deliveries(endpoint, 10));
        assertEquals(2, log.size());
        log.forEach(d -> {
            assertEquals("DELIVERED", d.status());
            assertEquals(1, d.attempts());
            assertEquals(204, d.lastStatus());
        });
    }

    @Test
    void onlySubscribedTypesOfTheOwnTenantAreQueued() {
        UUID endpoint = endpoint(receiver.url(), List.of(WebhookEvents.FAILED));
        extracted("1.4.0");
        UUID other = articles.submit("wh-other-tenant", new ArticleSubmission(Submissions.uniqueText(), ContentType.TEXT_PLAIN,
                null, null, null), null, null).article().id;
        recorder.recordFailure(ExtractionFailedEvent.read(mapper, EventFixtures.extractionFailed(other, "wh-other-tenant")));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> store.deliveries(endpoint, 10)).size());
    }

    @Test
    void receiverDownForAWhileGetsEverythingAfterwardsUnderStableIds() throws Exception {
        UUID endpoint = endpoint(receiver.url(), List.of(WebhookEvents.EXTRACTED));
        receiver.down();
        Set<UUID> sent = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            sent.add(extracted("1.4.0"));
        }
        // two rounds against the closed port: every delivery fails and waits for its next attempt
        dispatcher.dispatchOnce();
        List<WebhookStore.Delivery> failing = QuarkusTransaction.requiringNew().call(() -> store.deliveries(endpoint, 10));
        assertEquals(5, failing.size());
        failing.forEach(d -> {
            assertEquals("PENDING", d.status());
            assertEquals(1, d.attempts());
            assertNotNull(d.lastError());
            assertNotNull(d.nextAttemptAt());
        });
        receiver.up();
        dispatchUntilSettled();

        assertEquals(sent, byArticle().keySet());
        byArticle().values().forEach(copies -> assertEquals(1, copies.size()));
        QuarkusTransaction.requiringNew().call(() -> store.deliveries(endpoint, 10))
                .forEach(d -> assertEquals("DELIVERED", d.status()));
    }

    @Test
    void aDeliveryAnsweredWithAnErrorComesAgainWithTheSameId() throws Exception {
        endpoint(receiver.url(), List.of(WebhookEvents.EXTRACTED));
        UUID article = extracted("1.4.0");
        receiver.answer.set(500);
        dispatcher.dispatchOnce();
        receiver.answer.set(200);
        dispatchUntilSettled();

        List<JsonNode> copies = byArticle().get(article);
        assertEquals(2, copies.size());
        assertEquals(copies.get(0), copies.get(1), "the same body, delivery id included");
        assertEquals(receiver.received.get(0).headers().get("newsroom-delivery-id"),
                receiver.received.get(1).headers().get("newsroom-delivery-id"));
    }

    @Test
    void redirectsAreNotFollowed() throws Exception {
        UUID endpoint = endpoint(receiver.url(), List.of(WebhookEvents.EXTRACTED));
        extracted("1.4.0");
        receiver.answer.set(302);
        dispatcher.dispatchOnce();
        WebhookStore.Delivery delivery = QuarkusTransaction.requiringNew().call(() -> store.deliveries(endpoint, 1)).get(0);
        assertEquals("PENDING", delivery.status());
        assertEquals(302, delivery.lastStatus());
        assertTrue(delivery.lastError().contains("redirect not followed"), delivery.lastError());
    }

    @Test
    @TestSecurity(user = "partner", roles = "partner")
    @OidcSecurity(claims = @Claim(key = "tenant", value = TENANT))
    void anEndpointThatKeepsFailingIsDisabledVisiblyAndCanBeEnabledAgain() throws Exception {
        UUID endpoint = endpoint(receiver.url(), List.of(WebhookEvents.EXTRACTED));
        receiver.answer.set(503);
        UUID article = extracted("1.4.0");
        for (int round = 0; round < 50 && enabled(endpoint); round++) {
            dispatcher.dispatchOnce();
            Thread.sleep(5);
        }
        assertFalse(enabled(endpoint));
        int attempts = receiver.received.size();
        assertEquals(8, attempts);
        given().when().get("/api/v1/webhooks/" + endpoint).then().statusCode(200)
                .body("enabled", equalTo(false))
                .body("disabledReason", containsString("8 consecutive failed deliveries"))
                .body("disabledReason", containsString("HTTP 503"));
        given().when().get("/api/v1/webhooks/" + endpoint + "/deliveries").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].status", equalTo("PENDING"))
                .body("[0].attempts", equalTo(8))
                .body("[0].lastStatus", equalTo(503))
                .body("[0].lastError", containsString("HTTP 503"));
        // disabled: nothing is sent however often the dispatcher runs
        dispatcher.dispatchOnce();
        assertEquals(attempts, receiver.received.size());

        receiver.answer.set(200);
        given().when().post("/api/v1/webhooks/" + endpoint + "/enable").then().statusCode(200)
                .body("enabled", equalTo(true)).body("consecutiveFailures", equalTo(0));
        dispatchUntilSettled();
        assertEquals(9, receiver.received.size());
        assertEquals(article, UUID.fromString(mapper.readTree(receiver.received.get(8).body()).get("articleId").asText()));
    }

    @Test
    void replicasClaimDisjointRowsWithoutWaitingForEachOther() throws Exception {
        UUID endpoint = endpoint(receiver.url(), List.of(WebhookEvents.EXTRACTED));
        for (int i = 0; i < 4; i++) {
            extracted("1.4.0");
        }
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            // a replica claims two rows and holds its transaction (and the row locks) open
            Future<Set<UUID>> first = other.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                Set<UUID> ids = store.claimDue(2, Instant.now(), Instant.now()).stream()
                        .map(c -> c.delivery().id()).collect(Collectors.toSet());
                claimed.countDown();
                release.await();
                return ids;
            }));
            claimed.await();
            Set<UUID> second = QuarkusTransaction.requiringNew().call(() -> store.claimDue(10, Instant.now(), Instant.now())
                    .stream().map(c -> c.delivery().id()).collect(Collectors.toSet()));
            release.countDown();
            Set<UUID> firstIds = first.get(30, TimeUnit.SECONDS);
            assertEquals(2, firstIds.size());
            assertEquals(2, second.size());
            assertTrue(second.stream().noneMatch(firstIds::contains));
        } finally {
            release.countDown();
            other.shutdownNow();
        }
        assertEquals(4, QuarkusTransaction.requiringNew().call(() -> store.deliveries(endpoint, 10)).size());
    }

    @Test
    void deliveriesQueuedWhileTheDispatcherIsStoppedArriveOnceEachAfterItStartsAgain() throws Exception {
        UUID endpoint = endpoint(receiver.url(), List.of(WebhookEvents.EXTRACTED));
        Set<UUID> sent = new HashSet<>();
        try {
            dispatcher.start();
            sent.add(extracted("1.4.0"));
            awaitDelivered(endpoint, 1);
            dispatcher.stop();
            for (int i = 0; i < 4; i++) {
                sent.add(extracted("1.4.0"));
            }
            Thread.sleep(200);
            assertEquals(1, receiver.received.size(), "nothing is sent while the dispatcher is stopped");
            dispatcher.start();
            awaitDelivered(endpoint, 5);
        } finally {
            dispatcher.stop();
        }
        assertEquals(sent, byArticle().keySet());
        assertSignedOncePerDeliveryId(endpoint, 5);
    }

    @Test
    void aDeliverySentByAnInstanceThatDiedBeforeRecordingItComesAgainUnderTheSameIdOnly() throws Exception {
        UUID endpoint = endpoint(receiver.url(), List.of(WebhookEvents.EXTRACTED));
        for (int i = 0; i < 3; i++) {
            extracted("1.4.0");
        }
        // the dead instance claimed one delivery (its lease has run out by now) and sent it, but never recorded it
        WebhookStore.Claimed lost = QuarkusTransaction.requiringNew()
                .call(() -> store.claimDue(1, Instant.now(), Instant.now())).get(0);
        WebhookSender.Attempt attempt = new WebhookSender(new TargetGuard(true), Duration.ofSeconds(5), Duration.ofSeconds(10),
                100).send(lost.url(), lost.secret(), lost.delivery().id(), lost.delivery().eventType(),
                lost.delivery().payload(), Instant.now().getEpochSecond());
        assertTrue(attempt.delivered());
        try {
            dispatcher.start();
            awaitDelivered(endpoint, 3);
        } finally {
            dispatcher.stop();
        }
        assertEquals(4, receiver.received.size());
        Map<String, List<Receiver.Received>> byId = receiver.received.stream()
                .collect(Collectors.groupingBy(r -> r.headers().get("newsroom-delivery-id")));
        assertEquals(3, byId.size(), "one delivery id per article");
        List<Receiver.Received> twice = byId.get(lost.delivery().id().toString());
        assertEquals(2, twice.size(), "the lost one is sent again");
        assertEquals(twice.get(0).body(), twice.get(1).body());
        byArticle().values().forEach(copies -> assertEquals(1, copies.stream().map(b -> b.get("deliveryId")).distinct().count()));
        QuarkusTransaction.requiringNew().call(() -> store.deliveries(endpoint, 10)).forEach(d -> assertEquals(1, d.attempts(),
                "the unrecorded send is not counted"));
    }

    /** Waits (bounded) until the endpoint has this many deliveries, all delivered. */
    private void awaitDelivered(UUID endpoint, int count) throws InterruptedException {
        for (int wait = 0; wait < 1500; wait++) {
            List<WebhookStore.Delivery> log = QuarkusTransaction.requiringNew().call(() -> store.deliveries(endpoint, 100));
            if (log.size() == count && log.stream().allMatch(d -> d.status().equals("DELIVERED"))) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("not all of " + count + " deliveries delivered within 30 s");
    }

    /** Every delivery of the endpoint arrived once, under its own id, with a signature that verifies. */
    private void assertSignedOncePerDeliveryId(UUID endpoint, int count) {
        Set<String> logged = QuarkusTransaction.requiringNew().call(() -> store.deliveries(endpoint, 100)).stream()
                .map(d -> d.id().toString()).collect(Collectors.toSet());
        assertEquals(count, logged.size());
        assertEquals(count, receiver.received.size(), "no copy without the same delivery id");
        assertEquals(logged, receiver.received.stream().map(r -> r.headers().get("newsroom-delivery-id"))
                .collect(Collectors.toSet()));
        receiver.received.forEach(r -> assertTrue(WebhookSignature.verify(SECRET, r.headers().get("newsroom-signature"),
                r.body(), Instant.now().getEpochSecond(), 300)));
    }

    private boolean enabled(UUID endpoint) {
        return QuarkusTransaction.requiringNew().call(() -> store.endpoint(endpoint, null).orElseThrow().enabled());
    }

    /** Rounds until nothing of the test's endpoints is pending (bounded: a stuck delivery fails the test). */
    private void dispatchUntilSettled() throws InterruptedException {
        for (int round = 0; round < 500; round++) {
            dispatcher.dispatchOnce();
            boolean pending = QuarkusTransaction.requiringNew().call(() -> store.endpoints(TENANT).stream()
                    .flatMap(e -> store.deliveries(e.id(), 1000).stream()).anyMatch(d -> d.status().equals("PENDING")));
            if (!pending) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("deliveries still pending after 500 rounds");
    }

    private Map<UUID, List<JsonNode>> byArticle() {
        return receiver.received.stream().map(r -> {
            try {
                return mapper.readTree(r.body());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.groupingBy(body -> UUID.fromString(body.get("articleId").asText())));
    }

    private UUID endpoint(String url, List<String> types) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> store.insertEndpoint(new WebhookStore.Endpoint(id, TENANT, url, types,
                SECRET, null, true, null, null, 0, null, Instant.now())));
        return id;
    }

    private UUID stored() {
        return articles.submit(TENANT, new ArticleSubmission(Submissions.uniqueText(), ContentType.TEXT_PLAIN, null, null, null),
                null, null).article().id;
    }

    private UUID extracted(String version) {
        UUID id = stored();
        assertEquals(ExtractionRecorder.Outcome.APPLIED,
                recorder.recordExtraction(ExtractedEvent.read(mapper, EventFixtures.extracted(id, TENANT, version))));
        return id;
    }
}
