package io.newsroom.article.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.article.ContentType;
import io.newsroom.article.PostgresProxy;
import io.newsroom.article.PostgresProxyResource;
import io.newsroom.article.Submissions;
import io.newsroom.article.repository.OutboxRepository;
import io.newsroom.article.service.ArticleService;
import io.newsroom.article.service.ArticleSubmission;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The broker or the database fails in the middle of a relay batch: nothing is lost, an article's events still reach
 * the broker in the order they were queued, and an event the broker took before the database went away is sent
 * again under the same event id (at least once; extraction-service skips the repeat by that id).
 */
@QuarkusTest
@TestProfile(OutboxRelayFaultsTest.FaultyInfrastructure.class)
class OutboxRelayFaultsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    public static class FaultyInfrastructure implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsroom.outbox.relay-enabled", "true", "newsroom.outbox.relay-interval", "300ms");
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(RecordingPublisher.class);
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresProxyResource.class));
        }
    }

    PostgresProxy database;

    @Inject
    ArticleService articles;

    @Inject
    OutboxRepository outbox;

    @Inject
    RecordingPublisher broker;

    @Inject
    ObjectMapper mapper;

    @AfterEach
    void restoreDatabase() {
        database.restore();
    }

    @Test
    void aBrokerUnreachableInTheMiddleOfABatchLosesNothingAndKeepsEachArticlesOrder() {
        String refusedContent = Submissions.uniqueText();
        List<UUID> ids = List.of(submitted(Submissions.uniqueText()), submitted(refusedContent), submitted(Submissions.uniqueText()));
        await().atMost(PATIENCE).until(() -> ids.stream().allMatch(id -> sentEvents(id) == 1));

        broker.unreachableOnceFor(refusedContent);
        // one commit queues a batch: the three articles' second events, and the first article's third
        QuarkusTransaction.requiringNew().run(() -> {
            ids.forEach(id -> articles.reprocess(id, "acme", null));
            articles.reprocess(ids.get(0), "acme", null);
        });

        await().atMost(PATIENCE).until(() -> sentEvents(ids.get(0)) == 3 && sentEvents(ids.get(1)) == 2 && sentEvents(ids.get(2)) == 2);
        assertEquals(List.of(1, 2, 3), attempts(ids.get(0)));
        assertEquals(List.of(1, 2), attempts(ids.get(1)));
        assertEquals(List.of(1, 2), attempts(ids.get(2)));
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> outbox.eventsOf(ids.get(1)).get(1).attempts),
                "the refused event counts its failed attempt");
    }

    @Test
    void anEventTheBrokerTookBeforeTheDatabaseWentAwayIsSentAgainUnderTheSameEventId() {
        String content = Submissions.uniqueText();
        broker.onAcknowledgementOf(content, database::cut);
        UUID id = submitted(content);
        await().atMost(PATIENCE).until(() -> broker.payloadsOf(id).size() == 1);
        // the relay could not mark it sent: while the database is down nothing more is sent
        database.restore();

        await().atMost(PATIENCE).ignoreExceptions().until(() -> sentEvents(id) == 1);
        List<String> eventIds = broker.payloadsOf(id).stream().map(payload -> field(payload, "eventId")).toList();
        assertEquals(2, eventIds.size(), "sent once before the outage and once after it");
        assertEquals(eventIds.get(0), eventIds.get(1));
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> outbox.eventsOf(id)).size(), "one queued event");
    }

    private UUID submitted(String content) {
        return articles.submit("acme", new ArticleSubmission(content, ContentType.TEXT_PLAIN, null, null, null), null, null)
                .article().id;
    }

    private long sentEvents(UUID articleId) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.count("articleId = ?1 and sentAt is not null", articleId));
    }

    private List<Integer> attempts(UUID articleId) {
        return broker.payloadsOf(articleId).stream().map(payload -> Integer.parseInt(field(payload, "attempt"))).toList();
    }

    private String field(String payload, String name) {
        try {
            return mapper.readTree(payload).path(name).asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
