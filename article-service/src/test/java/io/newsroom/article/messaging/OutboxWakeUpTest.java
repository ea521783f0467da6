package io.newsroom.article.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.article.ContentType;
import io.newsroom.article.Submissions;
import io.newsroom.article.repository.OutboxRepository;
import io.newsroom.article.service.ArticleService;
import io.newsroom.article.service.ArticleSubmission;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The relay sends what a commit queued without waiting for its periodic scan, which is an hour away here: its own
 * commits wake it in process, another replica's through a PostgreSQL notification.
 */
@QuarkusTest
@TestProfile(OutboxWakeUpTest.HourlyScan.class)
class OutboxWakeUpTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    public static class HourlyScan implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsroom.outbox.relay-enabled", "true", "newsroom.outbox.relay-interval", "1h");
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(RecordingPublisher.class);
        }
    }

    @Inject
    ArticleService articles;

    @Inject
    OutboxRepository outbox;

    @Inject
    RecordingPublisher broker;

    @Inject
    ObjectMapper mapper;

    @Inject
    OutboxNotifications notifications;

    @Inject
    EntityManager entities;

    @Test
    void aCommittedSubmissionIsRelayedAtOnceWithTheArticlesContent() throws Exception {
        String content = Submissions.uniqueText();
        UUID id = submitted(content);
        await().atMost(PATIENCE).until(() -> broker.payloadsOf(id).size() == 1);
        assertEquals(content, mapper.readTree(broker.payloadsOf(id).get(0)).path("content").asText());
        await().atMost(PATIENCE).until(() -> sentEvents(id) == 1);
    }

    @Test
    void anArticlesEventsAreRelayedInTheOrderTheyWereQueued() throws Exception {
        UUID id = submitted();
        articles.reprocess(id, "acme", null);
        articles.reprocess(id, "acme", null);
        await().atMost(PATIENCE).until(() -> broker.payloadsOf(id).size() == 3);
        List<Integer> attempts = broker.payloadsOf(id).stream().map(this::attempt).toList();
        assertEquals(List.of(1, 2, 3), attempts);
    }

    @Test
    void anEventTheBrokerRefusedStaysQueuedAndTheNextCommitDeliversIt() {
        String content = Submissions.uniqueText();
        broker.refuseOnce(content);
        UUID refused = submitted(content);
        await().atMost(PATIENCE).until(() -> failedAttempts(refused) == 1);
        assertEquals(0, broker.payloadsOf(refused).size());

        UUID next = submitted();
        await().atMost(PATIENCE).until(() -> broker.payloadsOf(next).size() == 1 && broker.payloadsOf(refused).size() == 1);
        await().atMost(PATIENCE).until(() -> sentEvents(refused) == 1);
    }

    @Test
    void anEventAnotherReplicaCommittedIsRelayedOnItsNotification() {
        UUID id = submitted();
        await().atMost(PATIENCE).until(() -> sentEvents(id) == 1);
        // the listener wakes the relay once when it connects: only a notification can wake it after that
        await().atMost(PATIENCE).until(notifications::listening);

        // what another instance's submission transaction does: an outbox row and a notification under its own id
        QuarkusTransaction.requiringNew().run(() -> {
            entities.createNativeQuery("""
                    insert into outbox (event_id, article_id, topic, payload, created_at)
                    select gen_random_uuid(), article_id, topic, payload, now() from outbox where article_id = :id""")
                    .setParameter("id", id).executeUpdate();
            entities.createNativeQuery("select pg_notify('newsroom_outbox', 'another-replica')").getSingleResult();
        });

        await().atMost(PATIENCE).until(() -> broker.payloadsOf(id).size() == 2);
        await().atMost(PATIENCE).until(() -> sentEvents(id) == 2);
    }

    private UUID submitted() {
        return submitted(Submissions.uniqueText());
    }

    private UUID submitted(String content) {
        return articles.submit("acme", new ArticleSubmission(content, ContentType.TEXT_PLAIN, null, null, null), null, null)
                .article().id;
    }

    private int attempt(String payload) {
        try {
            return mapper.readTree(payload).path("attempt").asInt();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long sentEvents(UUID articleId) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.count("articleId = ?1 and sentAt is not null", articleId));
    }

    private long failedAttempts(UUID articleId) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.eventsOf(articleId).stream().mapToLong(e -> e.attempts).sum());
    }
}
