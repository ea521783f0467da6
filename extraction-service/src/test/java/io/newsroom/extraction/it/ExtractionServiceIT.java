package io.newsroom.extraction.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsroom.extraction.messaging.Events;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged service against the real Kafka and Keycloak that deploy/local/infra.sh starts: events in, documents
 * out; a poison message to the failed topic without blocking its partition; a restart loses nothing; the REST API
 * with real client-credentials tokens. Topics are this run's own, so other services on the machine are not involved.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractionServiceIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private LocalKafka kafka;
    private ServiceProcess service;

    @BeforeAll
    void start() throws Exception {
        kafka = new LocalKafka();
        service = new ServiceProcess(Map.of(
                "newsroom.topics.submitted", kafka.submitted,
                "newsroom.topics.extracted", kafka.extracted,
                "newsroom.topics.extraction-failed", kafka.failed,
                "mp.messaging.incoming.articles-submitted.group.id", kafka.submitted + "-extraction"));
        service.start();
    }

    @AfterAll
    void stop() throws Exception {
        if (service != null) {
            service.stop();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    private List<String> publishArticles(int count, String requestPrefix) throws Exception {
        List<String> eventIds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ObjectNode event = Events.submittedFresh();
            kafka.publish(event.get("articleId").asText(), event.toString(), requestPrefix + i);
            eventIds.add(event.get("eventId").asText());
        }
        return eventIds;
    }

    private static JsonNode json(ConsumerRecord<String, String> record) {
        return Events.read(record.value());
    }

    private Set<String> answeredEventIds(List<ConsumerRecord<String, String>> records) {
        return records.stream().filter(r -> r.topic().equals(kafka.extracted))
                .map(r -> json(r).get("sourceEventId").asText()).collect(Collectors.toSet());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void eventsInDocumentsOutPoisonToTheFailedTopicAndARestartLosesNothing() throws Exception {
        List<String> before = publishArticles(4, "it-before-");
        String poisonKey = UUID.randomUUID().toString();
        kafka.publish(poisonKey, "{not json at all", "it-poison");
        List<String> afterPoison = publishArticles(2, "it-after-poison-");

        List<ConsumerRecord<String, String>> answers = kafka.awaitAnswers(
                r -> answeredEventIds(r).containsAll(before) && answeredEventIds(r).containsAll(afterPoison)
                        && r.stream().anyMatch(x -> x.topic().equals(kafka.failed)), PATIENCE);
        assertTrue(answeredEventIds(answers).containsAll(before), "every article before the poison was answered");
        assertTrue(answeredEventIds(answers).containsAll(afterPoison), "the poison did not block the partition");
        for (ConsumerRecord<String, String> record : answers) {
            if (record.topic().equals(kafka.extracted)) {
                JsonNode event = json(record);
                assertEquals(event.get("articleId").asText(), record.key());
                assertEquals(record.key(), event.at("/extraction/document").asText());
                assertEquals("acme", event.get("tenant").asText());
                assertTrue(header(record, "X-Request-Id").startsWith("it-"), "X-Request-Id is carried over");
            }
        }
        ConsumerRecord<String, String> poison = answers.stream().filter(r -> r.topic().equals(kafka.failed))
                .findFirst().orElseThrow();
        assertEquals(poisonKey, poison.key());
        assertEquals(poisonKey, json(poison).get("articleId").asText());
        assertEquals("InvalidEventException", json(poison).get("errorClass").asText());
        assertEquals("{not json at all", json(poison).get("rawPayload").asText());
        assertEquals("it-poison", header(poison, "X-Request-Id"));

        service.stop();
        List<String> whileDown = publishArticles(3, "it-while-down-");
        service.start();
        answers = kafka.awaitAnswers(r -> answeredEventIds(r).containsAll(whileDown), PATIENCE);
        assertTrue(answeredEventIds(answers).containsAll(whileDown), "articles published while it was down are answered");
    }

    private RequestSpecification api() {
        return given().baseUri(service.baseUrl()).basePath("/api/v1/extract");
    }

    @Test
    void partnerTokenExtracts() {
        api().auth().oauth2(KeycloakTokens.partnerAcme()).contentType(ContentType.TEXT)
                .body("Mayor Ingrid Solberg opened the ferry terminal in Riverton on Monday.")
                .post().then().statusCode(200).body("text", containsString("Ingrid Solberg"));
    }

    @Test
    void readerTokenIsForbidden() {
        api().auth().oauth2(KeycloakTokens.readerAcme()).contentType(ContentType.TEXT).body("Riverton news.")
                .post().then().statusCode(403).contentType("application/problem+json").body("status", is(403));
    }

    @Test
    void missingOrForgedTokenIsUnauthorized() {
        api().contentType(ContentType.TEXT).body("Riverton news.")
                .post().then().statusCode(401).contentType("application/problem+json");
        String token = KeycloakTokens.partnerAcme();
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        api().auth().oauth2(forged).contentType(ContentType.TEXT).body("Riverton news.")
                .post().then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void healthReportsKafkaAndTheEngine() {
        given().baseUri(service.baseUrl()).get("/q/health/ready").then().statusCode(200)
                .body(containsString("extraction-engine")).body(containsString("Kafka connection health check"));
        given().baseUri(service.baseUrl()).get("/q/metrics").then().statusCode(200)
                .body(containsString("newsroom_extractions_total"));
    }
}
