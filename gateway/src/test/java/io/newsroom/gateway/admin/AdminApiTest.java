package io.newsroom.gateway.admin;

import io.newsroom.gateway.support.RealmTokens;
import io.newsroom.gateway.support.StubBackends;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin API against the stand-in article-service, the real Kafka (topics of this run) and real Keycloak tokens. */
@QuarkusTest
@WithTestResource(value = StubBackends.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AdminApiTest {

    private static final String KAFKA = System.getenv().getOrDefault("NEWSROOM_KAFKA_BOOTSTRAP", "127.0.0.1:9092");
    private static final String SUBMITTED = "gateway-test-" + StubBackends.RUN + ".submitted";
    private static final String DEAD_LETTERS = "gateway-test-" + StubBackends.RUN + ".extraction-failed";
    private static final String GROUP = "gateway-test-" + StubBackends.RUN + ".extraction";
    private static final String LATEST_ACME_LETTER = java.util.UUID.randomUUID().toString();

    @BeforeAll
    static void seedKafka() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KAFKA))) {
            admin.createTopics(List.of(new NewTopic(SUBMITTED, 2, (short) 1), new NewTopic(DEAD_LETTERS, 1, (short) 1)))
                    .all().get();
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", KAFKA),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 5; i++) {
                producer.send(new ProducerRecord<>(SUBMITTED, 0, "k" + i, "{}")).get();
            }
            producer.send(new ProducerRecord<>(DEAD_LETTERS, StubBackends.ACME_ARTICLE, failure(StubBackends.ACME_ARTICLE, "acme", "first failure"))).get();
            producer.send(new ProducerRecord<>(DEAD_LETTERS, StubBackends.GLOBEX_ARTICLE, failure(StubBackends.GLOBEX_ARTICLE, "globex", "parser gave up"))).get();
            producer.send(new ProducerRecord<>(DEAD_LETTERS, StubBackends.ACME_ARTICLE, failure(StubBackends.ACME_ARTICLE, "acme", "second failure")
                    .replaceFirst("\"eventId\":\"[^\"]+\"", "\"eventId\":\"" + LATEST_ACME_LETTER + "\""))).get();
        }
        try (KafkaConsumer<String, String> group = new KafkaConsumer<>(Map.of("bootstrap.servers", KAFKA,
                ConsumerConfig.GROUP_ID_CONFIG, GROUP), new StringDeserializer(), new StringDeserializer())) {
            group.commitSync(Map.of(new TopicPartition(SUBMITTED, 0), new OffsetAndMetadata(2)));
        }
    }

    @AfterAll
    static void dropKafkaTopics() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KAFKA))) {
            admin.deleteConsumerGroups(List.of(GROUP)).all().get();
            admin.deleteTopics(List.of(SUBMITTED, DEAD_LETTERS)).all().get();
        }
    }

    @Test
    void statisticsCombineArticleCountsDeadLettersAndConsumerLag() {
        asAdmin().get("/admin/v1/statistics").then().statusCode(200)
                .body("articles.byTenant.tenant", hasItem("globex"))
                .body("deadLetters", equalTo(2))
                .body("extractionLag.group", equalTo(GROUP))
                .body("extractionLag.total", equalTo(3))
                .body("extractionLag.partitions.find { it.partition == 0 }.lag", equalTo(3))
                .body("unavailable.size()", equalTo(0));
    }

    @BeforeEach
    void noReplaysYet() {
        StubBackends.REPLAYED.clear();
        StubBackends.REPROCESSED.clear();
    }

    @Test
    void deadLettersListTheLatestFailureOfEachArticle() {
        asAdmin().get("/admin/v1/dead-letters").then().statusCode(200)
                .body("size()", equalTo(2))
                .body("find { it.articleId == '" + StubBackends.ACME_ARTICLE + "' }.message", equalTo("second failure"))
                .body("find { it.articleId == '" + StubBackends.ACME_ARTICLE + "' }.letter", equalTo(LATEST_ACME_LETTER))
                .body("find { it.articleId == '" + StubBackends.GLOBEX_ARTICLE + "' }.errorClass", equalTo("ParseError"));
    }

    @Test
    void aReplayedDeadLetterLeavesTheListAndTheCount() {
        asAdmin().post("/admin/v1/dead-letters/" + StubBackends.GLOBEX_ARTICLE + "/replay").then().statusCode(202)
                .header("Location", containsString("/admin/v1/reextractions/"))
                .body("job.kind", equalTo("ARTICLES")).body("job.state", equalTo("QUEUED"))
                .body("replayed.articleId", equalTo(List.of(StubBackends.GLOBEX_ARTICLE)));
        assertEquals(List.of(StubBackends.GLOBEX_ARTICLE), StubBackends.REPROCESSED);
        asAdmin().get("/admin/v1/dead-letters").then().statusCode(200)
                .body("articleId", equalTo(List.of(StubBackends.ACME_ARTICLE)));
        asAdmin().get("/admin/v1/statistics").then().statusCode(200).body("deadLetters", equalTo(1));
        asAdmin().post("/admin/v1/dead-letters/" + StubBackends.GLOBEX_ARTICLE + "/replay").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("waits for a replay"));
    }

    @Test
    void replayAllReplaysEachLetterOnce() {
        asAdmin().post("/admin/v1/dead-letters/" + StubBackends.ACME_ARTICLE + "/replay").then().statusCode(202);
        asAdmin().post("/admin/v1/dead-letters/replay").then().statusCode(202)
                .body("job.total", equalTo(1)).body("replayed.articleId", equalTo(List.of(StubBackends.GLOBEX_ARTICLE)));
        assertEquals(List.of(StubBackends.ACME_ARTICLE, StubBackends.GLOBEX_ARTICLE), StubBackends.REPROCESSED);
        asAdmin().post("/admin/v1/dead-letters/replay").then().statusCode(409)
                .contentType("application/problem+json").body("detail", equalTo("no dead letter waits for a replay"));
        assertEquals(2, StubBackends.REPROCESSED.size(), "replayed again");
    }

    @Test
    void reextractingOneArticleAnswersTheArticleQueued() {
        asAdmin().post("/admin/v1/articles/" + StubBackends.GLOBEX_ARTICLE + "/reextract").then().statusCode(202)
                .body("id", equalTo(StubBackends.GLOBEX_ARTICLE)).body("status", equalTo("PENDING"));
        asAdmin().post("/admin/v1/articles/no-such-article/reextract").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aBulkReextractionWithoutVersionCoversWhatTheRunningExtractorOutdates() {
        Response started = asAdmin().contentType("application/json").body("{\"tenant\":\"acme\",\"maxPerSecond\":5}")
                .post("/admin/v1/reextractions");
        started.then().statusCode(202).body("kind", equalTo("OUTDATED")).body("belowVersion", equalTo(StubBackends.EXTRACTOR_VERSION))
                .body("tenant", equalTo("acme")).body("maxPerSecond", equalTo(5)).body("state", equalTo("QUEUED"));
        String id = started.path("id");
        assertTrue(started.header("Location").endsWith("/admin/v1/reextractions/" + id), started::asString);
        asAdmin().get(started.header("Location")).then().statusCode(200).body("id", equalTo(id));
        asAdmin().get("/admin/v1/reextractions").then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void aVersionNotInUseIsRefusedWithTheBackendsReason() {
        asAdmin().contentType("application/json").body("{\"extractorVersion\":\"9.9.9\"}").post("/admin/v1/reextractions")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", equalTo("extractor version 9.9.9 made no stored extraction; versions in use: 1.0.0"));
        asAdmin().get("/admin/v1/extractor-versions").then().statusCode(200)
                .body("version", equalTo(List.of(StubBackends.VERSION_IN_USE)));
    }

    @Test
    void aJobIsCancelledOnceAndUnknownJobsAreNotFound() {
        String location = asAdmin().contentType("application/json").body("{\"extractorVersion\":\"1.0.0\"}")
                .post("/admin/v1/reextractions").then().statusCode(202).extract().header("Location");
        asAdmin().delete(location).then().statusCode(202).body("state", equalTo("CANCELLED"));
        asAdmin().delete(location).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("has already ended (CANCELLED)"));
        asAdmin().get("/admin/v1/reextractions/no-such-job").then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("no re-extraction job no-such-job"));
    }

    private static RequestSpecification asAdmin() {
        return RestAssured.given().auth().oauth2(RealmTokens.admin());
    }

    private static String failure(String articleId, String tenant, String message) {
        String errorClass = tenant.equals("globex") ? "ParseError" : "ExtractionTimeout";
        return "{\"schemaVersion\":1,\"eventId\":\"" + java.util.UUID.randomUUID() + "\",\"articleId\":\"" + articleId
                + "\",\"tenant\":\"" + tenant + "\",\"errorClass\":\"" + errorClass + "\",\"message\":\"" + message
                + "\",\"attempts\":3}";
    }
}
