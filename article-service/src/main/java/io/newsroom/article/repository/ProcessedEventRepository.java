package io.newsroom.article.repository;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/** Event ids a consumer has already applied; redelivered events are recognised and skipped. */
@ApplicationScoped
public class ProcessedEventRepository {

    /** Records the event; false if it was recorded before. */
    public boolean markProcessed(UUID eventId, String topic, UUID articleId) {
        int inserted = Panache.getEntityManager().createNativeQuery("""
                        insert into processed_events (event_id, topic, article_id, processed_at)
                        values (:eventId, :topic, :articleId, :at) on conflict (event_id) do nothing""")
                .setParameter("eventId", eventId)
                .setParameter("topic", topic)
                .setParameter("articleId", articleId)
                .setParameter("at", Instant.now())
                .executeUpdate();
        return inserted == 1;
    }

    public boolean isProcessed(UUID eventId) {
        Number count = (Number) Panache.getEntityManager()
                .createNativeQuery("select count(*) from processed_events where event_id = :eventId")
                .setParameter("eventId", eventId)
                .getSingleResult();
        return count.longValue() > 0;
    }
}
