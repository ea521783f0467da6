package io.newsroom.article.repository;

import io.newsroom.article.messaging.OutboxEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxEvent> {

    // one relay at a time keeps each article's events in order across service instances
    private static final long RELAY_LOCK = 0x4e_45_57_53_4f_55_54L;

    public boolean tryRelayLock() {
        Object locked = getEntityManager().createNativeQuery("select pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", RELAY_LOCK)
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    /**
     * Notifies the relays listening on the channel; PostgreSQL delivers it when the transaction commits, never when
     * it rolls back, and sends one notification per distinct payload of a transaction. Selected as a constant:
     * Hibernate has no type for pg_notify's void and throws and catches an exception at each call to learn it.
     */
    public void notifyRelays(String channel, String payload) {
        getEntityManager().createNativeQuery("select 1 from pg_notify(:channel, :payload)", Integer.class)
                .setParameter("channel", channel)
                .setParameter("payload", payload)
                .getSingleResult();
    }

    public List<OutboxEvent> unsent(int limit) {
        return find("sentAt is null order by id").page(0, limit).list();
    }

    /** The content of each article that still exists, read when its events are published. */
    @SuppressWarnings("unchecked")
    public Map<UUID, String> contentsOf(Collection<UUID> articleIds) {
        List<Object[]> rows = getEntityManager().createNativeQuery("select id, content from articles where id in (:ids)")
                .setParameter("ids", articleIds)
                .getResultList();
        Map<UUID, String> contents = new HashMap<>();
        for (Object[] row : rows) {
            contents.put((UUID) row[0], (String) row[1]);
        }
        return contents;
    }

    public long countUnsent() {
        return count("sentAt is null");
    }

    public List<OutboxEvent> eventsOf(UUID articleId) {
        return list("articleId = ?1 order by id", articleId);
    }

    public long deleteUnsentOf(UUID articleId) {
        return delete("articleId = ?1 and sentAt is null", articleId);
    }

    public long purgeSentBefore(Instant cutoff) {
        return delete("sentAt < ?1", cutoff);
    }
}
