package io.newsroom.extraction.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsroom.extraction.config.ExtractionConfig;
import io.newsroom.extraction.service.ExtractionService;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SubmittedArticleConsumerTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    ExtractionService extraction;

    @Inject
    ExtractionConfig config;

    @Inject
    ObjectMapper mapper;

    @Inject
    @Channel(Channels.EXTRACTED)
    MutinyEmitter<String> extractedEmitter;

    @Inject
    @Channel(Channels.EXTRACTION_FAILED)
    MutinyEmitter<String> failedEmitter;

    private InMemorySink<String> extracted;
    private InMemorySink<String> failed;

    @BeforeEach
    void clearSinks() {
        extracted = connector.sink(Channels.EXTRACTED);
        failed = connector.sink(Channels.EXTRACTION_FAILED);
        extracted.clear();
        failed.clear();
    }

    private void submit(String payload) {
        connector.source(Channels.SUBMITTED).send(List.of(payload));
    }

    private static JsonNode payload(Message<String> message) {
        return Events.read(message.getPayload());
    }

    private static String key(Message<String> message) {
        return message.getMetadata(OutgoingKafkaRecordMetadata.class).map(m -> (String) m.getKey()).orElse(null);
    }

    @Test
    void answersAnArticleWithItsExtractionDocument() {
        ObjectNode event = Events.submittedFresh();
        submit(event.toString());

        await().atMost(Duration.ofSeconds(30)).until(() -> extracted.received().size() == 1);
        Message<String> message = extracted.received().get(0);
        JsonNode answer = payload(message);
        String articleId = event.get("articleId").asText();
        assertEquals(articleId, key(message));
        assertEquals(1, answer.get("schemaVersion").asInt());
        assertEquals(articleId, answer.get("articleId").asText());
        assertEquals("acme", answer.get("tenant").asText());
        assertEquals(event.get("eventId").asText(), answer.get("sourceEventId").asText());
        assertEquals("req-harbour-1", answer.get("requestId").asText());
        assertEquals(answer.get("extractorVersion").asText(), answer.at("/extraction/extractorVersion").asText());
        assertEquals(articleId, answer.at("/extraction/document").asText());
        assertTrue(answer.at("/extraction/text").asText().contains("Ingrid Solberg"));
        assertTrue(answer.get("durationMs").asLong() >= 0);
        assertTrue(failed.received().isEmpty());
    }

    @Test
    void skipsARedeliveredEvent() {
        ObjectNode event = Events.submittedFresh();
        ObjectNode other = Events.submittedFresh();
        submit(event.toString());
        submit(event.toString());
        submit(other.toString());

        await().atMost(Duration.ofSeconds(30)).until(() -> extracted.received().size() >= 2);
        List<String> answered = extracted.received().stream().map(m -> payload(m).get("sourceEventId").asText()).toList();
        assertEquals(List.of(event.get("eventId").asText(), other.get("eventId").asText()), answered);
    }

    @Test
    void aServiceRestartedAfterACrashAnswersARedeliveredEventUnderTheSameEventId() {
        ObjectNode event = Events.submittedFresh();
        ObjectNode other = Events.submittedFresh();
        submit(event.toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> extracted.received().size() == 1);

        // a restarted process remembers no event: the uncommitted record comes back and is extracted again
        SubmittedArticleConsumer restarted = new SubmittedArticleConsumer(extraction, config, new RecentEvents(config),
                mapper, extractedEmitter, failedEmitter);
        restarted.handle(event.toString(), event.get("articleId").asText(), null);
        restarted.handle(other.toString(), other.get("articleId").asText(), null);

        await().atMost(Duration.ofSeconds(30)).until(() -> extracted.received().size() == 3);
        List<JsonNode> answers = extracted.received().stream().map(SubmittedArticleConsumerTest::payload).toList();
        assertEquals(answers.get(0).get("eventId"), answers.get(1).get("eventId"));
        assertNotEquals(answers.get(0).get("eventId"), answers.get(2).get("eventId"));
    }

    @Test
    void aFailureAndAPoisonMessageRepeatedAfterACrashKeepTheirEventIds() {
        ObjectNode future = Events.submittedFresh().put("schemaVersion", 2);
        String poison = "{\"schemaVersion\": 1, \"tenant\": \"acme\", \"content\": \"cut short";
        ObjectNode huge = Events.submittedFresh().put("content", "Riverton news. ".repeat(150_000));
        for (int run = 0; run < 2; run++) {
            SubmittedArticleConsumer restarted = new SubmittedArticleConsumer(extraction, config,
                    new RecentEvents(config), mapper, extractedEmitter, failedEmitter);
            restarted.handle(future.toString(), future.get("articleId").asText(), null);
            restarted.handle(poison, null, null);
            restarted.handle(huge.toString(), huge.get("articleId").asText(), null);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> failed.received().size() == 6);
        List<String> ids = failed.received().stream().map(m -> payload(m).get("eventId").asText()).toList();
        assertEquals(ids.subList(0, 3), ids.subList(3, 6));
        assertEquals(3, ids.stream().distinct().count());
    }

    @Test
    void anExtractionAndAFailureOfOneEventHaveDifferentIds() {
        SubmittedArticle article = SubmittedArticle.parse(mapper, Events.submittedFresh().toString());
        JsonNode extractedEvent = Events.read(ExtractionEvents.extracted(article, "{}", 1));
        JsonNode failedEvent = Events.read(ExtractionEvents.failed(article, new IllegalStateException("engine"), 3));
        assertNotEquals(extractedEvent.get("eventId"), failedEvent.get("eventId"));
        assertEquals(extractedEvent.get("eventId"), Events.read(ExtractionEvents.extracted(article, "{}", 7)).get("eventId"));
    }

    @Test
    void poisonGoesToTheFailedTopicAndTheNextArticleStillPasses() {
        String poison = "{\"schemaVersion\": 1, \"tenant\": \"acme\", \"content\": " + "x".repeat(5000);
        ObjectNode next = Events.submittedFresh();
        submit(poison);
        submit(next.toString());

        await().atMost(Duration.ofSeconds(30)).until(() -> extracted.received().size() == 1);
        assertEquals(1, failed.received().size());
        Message<String> message = failed.received().get(0);
        JsonNode failure = payload(message);
        assertEquals("InvalidEventException", failure.get("errorClass").asText());
        assertEquals(ExtractionEvents.UNKNOWN_TENANT, failure.get("tenant").asText());
        assertEquals(ExtractionEvents.UNKNOWN_ARTICLE, failure.get("articleId").asText());
        assertEquals(0, failure.get("attempts").asInt());
        assertEquals(2048, failure.get("rawPayload").asText().length());
        assertTrue(poison.startsWith(failure.get("rawPayload").asText()));
        assertEquals(next.get("articleId").asText(), payload(extracted.received().get(0)).get("articleId").asText());
    }

    @Test
    void refusesUnknownSchemaVersionsAndContentTypes() {
        ObjectNode future = Events.submittedFresh().put("schemaVersion", 2);
        ObjectNode pdf = Events.submittedFresh().put("contentType", "application/pdf");
        submit(future.toString());
        submit(pdf.toString());

        await().atMost(Duration.ofSeconds(30)).until(() -> failed.received().size() == 2);
        assertEquals(future.get("articleId").asText(), payload(failed.received().get(0)).get("articleId").asText());
        assertEquals("acme", payload(failed.received().get(0)).get("tenant").asText());
        assertTrue(payload(failed.received().get(1)).get("message").asText().contains("application/pdf"));
        assertTrue(extracted.received().isEmpty());
    }

    @Test
    void anArticleOverTheSizeLimitFailsWithoutRetrying() {
        ObjectNode huge = Events.submittedFresh().put("content", "Riverton news. ".repeat(150_000));
        submit(huge.toString());

        await().atMost(Duration.ofSeconds(30)).until(() -> failed.received().size() == 1);
        JsonNode failure = payload(failed.received().get(0));
        assertEquals("OversizedArticleException", failure.get("errorClass").asText());
        assertEquals(huge.get("articleId").asText(), failure.get("articleId").asText());
        assertEquals(huge.get("eventId").asText(), failure.get("sourceEventId").asText());
        assertEquals(0, failure.get("attempts").asInt());
    }

    @Test
    void aBatchIsAnsweredInOrderAndAcknowledgedOnceAllItsAnswersAre() {
        ObjectNode first = Events.submittedFresh();
        String poison = "{\"schemaVersion\": 1, \"tenant\": \"acme\", \"content\": \"cut short";
        ObjectNode second = Events.submittedFresh();
        AtomicBoolean acknowledged = new AtomicBoolean();
        AtomicReference<Throwable> refused = new AtomicReference<>();
        connector.source(Channels.SUBMITTED).send(batch(List.of(first.toString(), poison, second.toString()), acknowledged, refused));

        await().atMost(Duration.ofSeconds(30)).until(acknowledged::get);
        assertEquals(List.of(first.get("articleId").asText(), second.get("articleId").asText()),
                extracted.received().stream().map(m -> payload(m).get("articleId").asText()).toList());
        assertEquals(1, failed.received().size(), "the poison record went to the failed topic without holding the batch");
        assertNull(refused.get());
    }

    @Test
    void aBatchWhoseAnswersTheBrokerDidNotAcknowledgeIsNotAcknowledged() {
        MutinyEmitter<String> unreachable = brokerRefusing(new TimeoutException("broker unreachable"));
        SubmittedArticleConsumer consumer = new SubmittedArticleConsumer(extraction, config, new RecentEvents(config),
                mapper, unreachable, unreachable);
        ObjectNode event = Events.submittedFresh();
        AtomicBoolean acknowledged = new AtomicBoolean();
        AtomicReference<Throwable> refused = new AtomicReference<>();

        consumer.consume(batch(List.of(event.toString(), Events.submittedFresh().toString()), acknowledged, refused))
                .toCompletableFuture().join();
        assertFalse(acknowledged.get());
        assertTrue(refused.get() != null, "the batch is nacked, so its records are delivered again");

        // nothing was remembered as answered: the redelivered record is extracted again
        SubmittedArticleConsumer recovered = new SubmittedArticleConsumer(extraction, config, new RecentEvents(config),
                mapper, extractedEmitter, failedEmitter);
        recovered.handle(event.toString(), null, null).join();
        assertEquals(1, extracted.received().size());
    }

    @Test
    void aBatchTheBrokerAcknowledgedOnlyPartlyIsDeliveredAgainAndOnlyItsUnacknowledgedAnswerIsSentAgain() {
        ObjectNode first = Events.submittedFresh();
        ObjectNode lost = Events.submittedFresh();
        ObjectNode third = Events.submittedFresh();
        List<String> records = List.of(first.toString(), lost.toString(), third.toString());
        MutinyEmitter<String> flaky = brokerRefusingAnswersOf(lost.get("articleId").asText(), extractedEmitter);
        RecentEvents memory = new RecentEvents(config);
        SubmittedArticleConsumer consumer = new SubmittedArticleConsumer(extraction, config, memory, mapper, flaky, failedEmitter);
        AtomicBoolean acknowledged = new AtomicBoolean();
        AtomicReference<Throwable> refused = new AtomicReference<>();

        consumer.consume(batch(records, acknowledged, refused)).toCompletableFuture().join();
        assertFalse(acknowledged.get(), "one answer of the batch is not on the broker: the batch must not be committed");
        assertTrue(refused.get() != null);
        assertEquals(List.of(first.get("articleId").asText(), third.get("articleId").asText()), answeredArticles());

        // the same process gets the same records again (the offsets were not committed): what the broker has is not sent twice
        SubmittedArticleConsumer retried = new SubmittedArticleConsumer(extraction, config, memory, mapper, extractedEmitter,
                failedEmitter);
        AtomicBoolean acknowledgedAgain = new AtomicBoolean();
        retried.consume(batch(records, acknowledgedAgain, new AtomicReference<>())).toCompletableFuture().join();
        assertTrue(acknowledgedAgain.get());
        assertEquals(List.of(first.get("articleId").asText(), third.get("articleId").asText(), lost.get("articleId").asText()),
                answeredArticles());
        assertTrue(failed.received().isEmpty());
    }

    @Test
    void anArticlesEventsInOneBatchAreAnsweredInTheirOrder() {
        ObjectNode submitted = Events.submittedFresh();
        ObjectNode reprocessed = submitted.deepCopy().put("eventId", UUID.randomUUID().toString()).put("attempt", 2);
        ObjectNode other = Events.submittedFresh();
        AtomicBoolean acknowledged = new AtomicBoolean();
        connector.source(Channels.SUBMITTED).send(batch(List.of(submitted.toString(), other.toString(), reprocessed.toString()),
                acknowledged, new AtomicReference<>()));

        await().atMost(Duration.ofSeconds(30)).until(acknowledged::get);
        String articleId = submitted.get("articleId").asText();
        assertEquals(List.of(submitted.get("eventId").asText(), reprocessed.get("eventId").asText()),
                extracted.received().stream().map(SubmittedArticleConsumerTest::payload)
                        .filter(answer -> answer.get("articleId").asText().equals(articleId))
                        .map(answer -> answer.get("sourceEventId").asText()).toList());
    }

    private List<String> answeredArticles() {
        return extracted.received().stream().map(m -> payload(m).get("articleId").asText()).toList();
    }

    private static Message<List<String>> batch(List<String> payloads, AtomicBoolean acknowledged, AtomicReference<Throwable> refused) {
        return Message.of(payloads, () -> {
            acknowledged.set(true);
            return CompletableFuture.completedFuture(null);
        }, error -> {
            refused.set(error);
            return CompletableFuture.completedFuture(null);
        });
    }

    /** The broker as it is, except that it never acknowledges an answer about this article. */
    @SuppressWarnings("unchecked")
    private static MutinyEmitter<String> brokerRefusingAnswersOf(String articleId, MutinyEmitter<String> broker) {
        return (MutinyEmitter<String>) Proxy.newProxyInstance(MutinyEmitter.class.getClassLoader(),
                new Class<?>[]{MutinyEmitter.class}, (proxy, method, args) -> {
                    if (method.getName().equals("sendMessage") && ((Message<?>) args[0]).getPayload().toString().contains(articleId)) {
                        return Uni.createFrom().failure(new TimeoutException("broker unreachable"));
                    }
                    return method.invoke(broker, args);
                });
    }

    @SuppressWarnings("unchecked")
    private static MutinyEmitter<String> brokerRefusing(Throwable error) {
        return (MutinyEmitter<String>) Proxy.newProxyInstance(MutinyEmitter.class.getClassLoader(),
                new Class<?>[]{MutinyEmitter.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "sendMessage", "send" -> Uni.createFrom().failure(error);
                    case "hasRequests" -> true;
                    default -> null;
                });
    }
}
