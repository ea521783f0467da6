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
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
            producer.send(new ProducerRecord<>(DEAD_LETTERS, StubBackends.ACME_ARTICLE, failure(StubBackends.ACME_ARTICLE, "acme", "second failure"))).get();
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

    @Test
    void deadLettersListTheLatestFailureOfEachArticle() {
        asAdmin().get("/admin/v1/dead-letters").then().statusCode(200)
                .body("size()", equalTo(2))
                .body("find { it.articleId == '" + StubBackends.ACME_ARTICLE + "' }.message", equalTo("second failure"))
                .body("find { it.articleId == '" + StubBackends.GLOBEX_ARTICLE + "' }.errorClass", equalTo("ParseError"));
    }

    @Test
    void replayingOneDeadLetterReextractsItsArticle() {
        StubBackends.REPROCESSED.clear();
        asAdmin().post("/admin/v1/dead-letters/" + StubBackends.GLOBEX_ARTICLE + "/replay").then().statusCode(202);
        assertEquals(List.of(StubBackends.GLOBEX_ARTICLE), StubBackends.REPROCESSED);
        asAdmin().post("/admin/v1/articles/no-such-article/reextract").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void replayingAllDeadLettersRunsAJob() {
        StubBackends.REPROCESSED.clear();
        String location = asAdmin().post("/admin/v1/dead-letters/replay").then().statusCode(202).extract().header("Location");
        Response done = awaitEnd(location);
        done.then().body("state", equalTo("COMPLETED")).body("submitted", equalTo(2)).body("failed", equalTo(0));
        assertTrue(StubBackends.REPROCESSED.containsAll(List.of(StubBackends.ACME_ARTICLE, StubBackends.GLOBEX_ARTICLE)));
    }

    @Test
    void bulkReextractionOfOutdatedArticlesReportsProgressToTheEnd() {
        StubBackends.outdatedArticles = 7;
        StubBackends.reprocessDelayMs = 0;
        Response started = asAdmin().contentType("application/json").body("{}").post("/admin/v1/reextractions");
        started.then().statusCode(202).body("targetVersion", equalTo(StubBackends.EXTRACTOR_VERSION));
        awaitEnd(started.header("Location")).then().body("state", equalTo("COMPLETED"))
                .body("total", equalTo(7)).body("submitted", equalTo(7));
    }

    @Test
    void aBulkReextractionCanBeCancelled() {
        StubBackends.outdatedArticles = 500;
        StubBackends.reprocessDelayMs = 20;
        try {
            String location = asAdmin().contentType("application/json").body("{\"extractorVersion\":\"2.0.0\"}")
                    .post("/admin/v1/reextractions").then().statusCode(202).extract().header("Location");
            asAdmin().delete(location).then().statusCode(202);
            Response ended = awaitEnd(location);
            ended.then().body("state", equalTo("CANCELLED"));
            assertTrue(ended.<Integer>path("submitted") < 500, ended::asString);
            asAdmin().delete(location).then().statusCode(409).contentType("application/problem+json");
        } finally {
            StubBackends.reprocessDelayMs = 0;
        }
    }

    private static Response awaitEnd(String location) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            Response progress = asAdmin().get(location);
            progress.then().statusCode(200);
            if (!"RUNNING".equals(progress.path("state")) || Instant.now().isAfter(giveUp)) {
                return progress;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return progress;
            }
        }
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
