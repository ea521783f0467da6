package io.newsroom.article.rest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.article.Article;
import io.newsroom.article.ArticleStatus;
import io.newsroom.article.EntityMention;
import io.newsroom.article.EventFixtures;
import io.newsroom.article.PostgresProxy;
import io.newsroom.article.PostgresProxyResource;
import io.newsroom.article.Submissions;
import io.newsroom.article.messaging.Channels;
import io.newsroom.article.messaging.ExtractionResultConsumer;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.newsroom.article.rest.ArticleSubmissionTest.ARTICLES;
import static io.newsroom.article.rest.ArticleSubmissionTest.assertProblem;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database goes away and comes back (through a proxy, the shared server keeps running): requests are refused
 * with a 503 problem, readiness goes down, extraction results wait unacknowledged and are stored exactly once when
 * the database is back, and everything recovers without a restart.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.ThroughProxy.class)
@TestSecurity(user = "partner-acme", roles = {"partner", "reader"})
@OidcSecurity(claims = @Claim(key = "tenant", value = "acme"))
class DatabaseOutageTest {

    public static class ThroughProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "newsroom.results.retry-delay", "50ms",
                    "newsroom.results.max-retry-delay", "400ms",
                    "quarkus.datasource.jdbc.acquisition-timeout", "2s");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresProxyResource.class));
        }
    }

    PostgresProxy database;

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    MeterRegistry meters;

    @AfterEach
    void restoreDatabase() {
        database.restore();
    }

    @Test
    void theServiceRefusesCleanlyWhileTheDatabaseIsDownAndRecoversByItself() {
        UUID first = submitted(Submissions.uniqueText());
        UUID second = submitted(Submissions.uniqueText());
        String extractedFirst = EventFixtures.extracted(first, "acme", "1.0.0");
        String extractedSecond = EventFixtures.extracted(second, "acme", "1.0.0");
        double retriesBefore = retries();

        database.cut();
        String refusedText = Submissions.uniqueText();
        assertProblem(given().contentType(ContentType.JSON).body(Submissions.plain(refusedText).toString())
                .when().post(ARTICLES).then().header("Retry-After", "5"), 503, "unreachable");
        assertProblem(given().when().get(ARTICLES + "/" + first).then(), 503, "unreachable");
        given().when().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));

        connector.source(Channels.ARTICLES_EXTRACTED).send(List.of(extractedFirst));
        connector.source(Channels.ARTICLES_EXTRACTED).send(List.of(extractedSecond));
        await().atMost(Duration.ofSeconds(60)).until(() -> retries() >= retriesBefore + 3);

        database.restore();
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> status(first) == ArticleStatus.EXTRACTED && status(second) == ArticleStatus.EXTRACTED);
        for (UUID id : List.of(first, second)) {
            assertEquals(1L, count("select count(*) from processed_events where article_id = ?1", id), "one stored event");
            assertEquals(3L, QuarkusTransaction.requiringNew().call(() -> EntityMention.count("articleId", id)), "mentions stored once");
        }
        assertEquals(0L, count("select count(*) from articles where content = ?1", refusedText), "no partial article");
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> given().when().get("/q/health/ready").statusCode() == 200);
        given().when().get(ARTICLES + "/" + first).then().statusCode(200).body("status", equalTo("EXTRACTED"));
        submitted(refusedText);
    }

    @Test
    void aConnectionLostInTheMiddleOfABatchRollsItBackAndTheBatchIsStoredOnceWhenRetried() {
        List<UUID> ids = List.of(submitted(Submissions.uniqueText()), submitted(Submissions.uniqueText()),
                submitted(Submissions.uniqueText()));
        String marker = "mid-batch-" + UUID.randomUUID();
        double retriesBefore = retries();
        // the second document reaches the database after the batch's events were marked processed and its articles locked
        database.dropWhenSent(marker);
        connector.source(Channels.ARTICLES_EXTRACTED).send(List.of(EventFixtures.extracted(ids.get(0), "acme", "1.0.0"),
                EventFixtures.extracted(ids.get(1), "acme", "1.0.0", "Text of the second document " + marker),
                EventFixtures.extracted(ids.get(2), "acme", "1.0.0")));

        await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> ids.stream().allMatch(id -> status(id) == ArticleStatus.EXTRACTED));
        assertTrue(retries() > retriesBefore, "the lost connection was not seen: the batch was not interrupted");
        for (UUID id : ids) {
            assertEquals(1L, count("select count(*) from processed_events where article_id = ?1", id), "one stored event");
            assertEquals(3L, QuarkusTransaction.requiringNew().call(() -> EntityMention.count("articleId", id)), "mentions stored once");
        }
        assertEquals(1L, count("select count(*) from articles where extraction ->> 'text' like ?1", "%" + marker));
    }

    private static UUID submitted(String text) {
        return UUID.fromString(given().contentType(ContentType.JSON).body(Submissions.plain(text).toString())
                .when().post(ARTICLES).then().statusCode(201).extract().path("id"));
    }

    private double retries() {
        return meters.find(ExtractionResultConsumer.RETRIES).counters().stream().mapToDouble(Counter::count).sum();
    }

    private static ArticleStatus status(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Article.<Article>findById(id).status);
    }

    private static long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager().createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
