package io.newsroom.article.repository;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /** Records a batch's events in one statement; returns the ids not recorded before (a repeated id counts once). */
    public Set<UUID> markProcessed(String topic, List<UUID> eventIds, List<UUID> articleIds) {
        return Panache.getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            Set<UUID> recorded = new HashSet<>();
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into processed_events (event_id, topic, article_id, processed_at)
                    select event_id, ?, article_id, ? from unnest(?, ?) as batch(event_id, article_id)
                    on conflict (event_id) do nothing returning event_id""")) {
                insert.setString(1, topic);
                insert.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
                insert.setArray(3, connection.createArrayOf("uuid", eventIds.toArray()));
                insert.setArray(4, connection.createArrayOf("uuid", articleIds.toArray()));
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        recorded.add(rows.getObject(1, UUID.class));
                    }
                }
            }
            return recorded;
        });
    }

    public boolean isProcessed(UUID eventId) {
        Number count = (Number) Panache.getEntityManager()
                .createNativeQuery("select count(*) from processed_events where event_id = :eventId")
                .setParameter("eventId", eventId)
                .getSingleResult();
        return count.longValue() > 0;
    }
}
