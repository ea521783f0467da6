package io.newsroom.article.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.article.Submissions;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.newsroom.article.it.ArticleSecurityIT.as;
import static io.newsroom.article.it.ArticleSecurityIT.submit;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The outbox keeps every submission while Kafka is down and delivers it once the broker is back. */
@QuarkusIntegrationTest
@TestProfile(RealInfrastructureProfile.class)
class OutboxDeliveryIT {

    private static final String TOPIC = "articles.submitted";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void noSubmissionIsLostWhileKafkaIsDown() throws Exception {
        String token = KeycloakTokens.partnerAcme();
        Map<TopicPartition, Long> start = endOffsets();

        String before = submitted(token, "req-outbox-before");
        awaitDelivered(start, List.of(before));

        List<String> whileDown = new ArrayList<>();
        try {
            LocalInfrastructure.infra("stop", "kafka");
            for (int i = 0; i < 3; i++) {
                whileDown.add(submitted(token, "req-outbox-down-" + i));
            }
            await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() -> given().get("/q/health/ready").statusCode() == 503);
            for (String id : whileDown) {
                assertEquals(0, sentCount(id), "nothing can be acknowledged while the broker is down");
                assertEquals(1, queryInt("select count(*) from outbox where article_id = ?::uuid", id), "the event waits in the outbox");
            }
        } finally {
            LocalInfrastructure.infra("start", "kafka");
        }

        Map<String, ConsumerRecord<String, String>> delivered = awaitDelivered(start, whileDown);
        for (int i = 0; i < whileDown.size(); i++) {
            ConsumerRecord<String, String> record = delivered.get(whileDown.get(i));
            assertEquals(whileDown.get(i), record.key());
            JsonNode payload = MAPPER.readTree(record.value());
            assertEquals(1, payload.get("schemaVersion").asInt());
            assertEquals("acme", payload.get("tenant").asText());
            Header requestId = record.headers().lastHeader("X-Request-Id");
            assertEquals("req-outbox-down-" + i, new String(requestId.value(), StandardCharsets.UTF_8));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> whileDown.stream().allMatch(id -> sentCount(id) == 1));
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() -> given().get("/q/health/ready").statusCode() == 200);
    }

    @Test
    void anIncompressibleArticleAtTheContentLimitIsDelivered() throws Exception {
        String token = KeycloakTokens.partnerAcme();
        Map<TopicPartition, Long> start = endOffsets();
        String content = Submissions.incompressibleText(2 * 1024 * 1024);
        String id = as(token).contentType("application/json").body(Submissions.plain(content).toString())
                .post(ArticleSecurityIT.ARTICLES).then().statusCode(201).extract().path("id");

        ConsumerRecord<String, String> record = awaitDelivered(start, List.of(id)).get(id);
        assertTrue(record.serializedValueSize() > 2 * 1024 * 1024, "the record carries the whole article");
        assertEquals(content, MAPPER.readTree(record.value()).get("content").asText());
        await().atMost(Duration.ofSeconds(60)).until(() -> sentCount(id) == 1);
    }

    private static String submitted(String token, String requestId) {
        return as(token).header("X-Request-Id", requestId).contentType("application/json")
                .body(Submissions.plain().toString()).post(ArticleSecurityIT.ARTICLES)
                .then().statusCode(201).extract().path("id");
    }

    private static Map<TopicPartition, Long> endOffsets() {
        try (KafkaConsumer<String, String> consumer = LocalInfrastructure.consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
            return new HashMap<>(consumer.endOffsets(partitions, Duration.ofSeconds(30)));
        }
    }

    /** Reads the topic from the given offsets until every article id was seen. */
    private static Map<String, ConsumerRecord<String, String>> awaitDelivered(Map<TopicPartition, Long> from, List<String> articleIds) {
        Map<String, ConsumerRecord<String, String>> seen = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = LocalInfrastructure.consumer()) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            await().atMost(Duration.ofSeconds(120)).pollDelay(Duration.ZERO).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    if (articleIds.contains(record.key())) {
                        seen.putIfAbsent(record.key(), record);
                    }
                }
                return seen.keySet().containsAll(articleIds);
            });
        }
        assertTrue(seen.keySet().containsAll(articleIds));
        return seen;
    }

    private static int sentCount(String articleId) {
        try {
            return queryInt("select count(*) from outbox where article_id = ?::uuid and sent_at is not null", articleId);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int queryInt(String sql, String articleId) throws Exception {
        try (Connection db = LocalInfrastructure.testDatabase(); PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, articleId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
