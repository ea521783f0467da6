package io.newsroom.article;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Row counts read in their own transaction, to prove that a refused request stored nothing. */
public final class StoredRows {

    private StoredRows() {
    }

    public record Counts(long articles, long outbox) {
    }

    public static Counts count() {
        return QuarkusTransaction.requiringNew().call(() -> new Counts(
                ((Number) Panache.getEntityManager().createNativeQuery("select count(*) from articles").getSingleResult()).longValue(),
                ((Number) Panache.getEntityManager().createNativeQuery("select count(*) from outbox").getSingleResult()).longValue()));
    }
}
