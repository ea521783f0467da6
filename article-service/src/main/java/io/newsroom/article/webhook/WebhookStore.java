package io.newsroom.article.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The webhook tables (V8): endpoints, and deliveries queued and claimed with SKIP LOCKED. */
@ApplicationScoped
public class WebhookStore {

    @Inject
    EntityManager em;

    public record Endpoint(UUID id, String tenant, String url, List<String> eventTypes, String secret, String description,
                           boolean enabled, String disabledReason, Instant disabledAt, int consecutiveFailures,
                           Instant failingSince, Instant createdAt) {
    }

    public record Delivery(UUID id, UUID endpointId, String tenant, String eventType, UUID articleId, String payload,
                           String status, int attempts, Instant nextAttemptAt, Instant lastAttemptAt, Integer lastStatus,
                           String lastError, Instant createdAt, Instant deliveredAt) {
    }

    /** A claimed delivery with what sending it needs. */
    public record Claimed(Delivery delivery, String url, String secret) {
    }

    private static final String ENDPOINT_COLUMNS = "id, tenant, url, event_types, secret, description, enabled, "
            + "disabled_reason, disabled_at, consecutive_failures, failing_since, created_at";
    private static final String DELIVERY_COLUMNS = "d.id, d.endpoint_id, d.tenant, d.event_type, d.article_id, d.payload, "
            + "d.status, d.attempts, d.next_attempt_at, d.last_attempt_at, d.last_status, d.last_error, d.created_at, d.delivered_at";

    public void insertEndpoint(Endpoint e) {
        em.createNativeQuery("insert into webhook_endpoints (id, tenant, url, event_types, secret, description, enabled, "
                        + "created_at, updated_at) values (:id, :tenant, :url, cast(:types as text[]), :secret, :description, true, :now, :now)")
                .setParameter("id", e.id())
                .setParameter("tenant", e.tenant())
                .setParameter("url", e.url())
                .setParameter("types", textArray(e.eventTypes()))
                .setParameter("secret", e.secret())
                .setParameter("description", e.description())
                .setParameter("now", Timestamp.from(e.createdAt()))
                .executeUpdate();
    }

    /** Endpoints of a tenant, or of every tenant when tenant is null, oldest first. */
    public List<Endpoint> endpoints(String tenant) {
        var query = em.createNativeQuery("select " + ENDPOINT_COLUMNS + " from webhook_endpoints"
                + (tenant == null ? "" : " where tenant = :tenant") + " order by created_at, id");
        if (tenant != null) {
            query.setParameter("tenant", tenant);
        }
        return endpointsOf(query.getResultList());
    }

    /** The endpoint, when it exists and (tenant not null) belongs to that tenant. */
    public Optional<Endpoint> endpoint(UUID id, String tenant) {
        var query = em.createNativeQuery("select " + ENDPOINT_COLUMNS + " from webhook_endpoints where id = :id"
                + (tenant == null ? "" : " and tenant = :tenant"));
        query.setParameter("id", id);
        if (tenant != null) {
            query.setParameter("tenant", tenant);
        }
        return endpointsOf(query.getResultList()).stream().findFirst();
    }

    public boolean deleteEndpoint(UUID id) {
        return em.createNativeQuery("delete from webhook_endpoints where id = :id").setParameter("id", id).executeUpdate() > 0;
    }

    /** Enables the endpoint again and makes its waiting deliveries due now. */
    public void enable(UUID id, Instant now) {
        em.createNativeQuery("update webhook_endpoints set enabled = true, disabled_reason = null, disabled_at = null, "
                        + "consecutive_failures = 0, failing_since = null, updated_at = :now where id = :id")
                .setParameter("id", id).setParameter("now", Timestamp.from(now)).executeUpdate();
        em.createNativeQuery("update webhook_deliveries set next_attempt_at = :now where endpoint_id = :id and status = 'PENDING'")
                .setParameter("id", id).setParameter("now", Timestamp.from(now)).executeUpdate();
    }

    /** Enabled endpoints of these tenants that subscribe to the event type. */
    public List<Endpoint> subscribers(Collection<String> tenants, String eventType) {
        if (tenants.isEmpty()) {
            return List.of();
        }
        return endpointsOf(em.createNativeQuery("select " + ENDPOINT_COLUMNS + " from webhook_endpoints "
                        + "where enabled and tenant in (:tenants) and :type = any(event_types)")
                .setParameter("tenants", tenants)
                .setParameter("type", eventType)
                .getResultList());
    }

    public void insertDelivery(UUID id, Endpoint endpoint, String eventType, UUID articleId, String payload, Instant now) {
        em.createNativeQuery("insert into webhook_deliveries (id, endpoint_id, tenant, event_type, article_id, payload, "
                        + "status, next_attempt_at, created_at) values (:id, :endpoint, :tenant, :type, :article, :payload, "
                        + "'PENDING', :now, :now)")
                .setParameter("id", id)
                .setParameter("endpoint", endpoint.id())
                .setParameter("tenant", endpoint.tenant())
                .setParameter("type", eventType)
                .setParameter("article", articleId)
                .setParameter("payload", payload)
                .setParameter("now", Timestamp.from(now))
                .executeUpdate();
    }

    /**
     * Claims due deliveries of enabled endpoints: locked with SKIP LOCKED so that another replica claims others, and
     * leased (next attempt moved to now + lease) so that none is claimed again while it is being sent.
     */
    public List<Claimed> claimDue(int limit, Instant now, Instant leaseUntil) {
        List<?> rows = em.createNativeQuery("select " + DELIVERY_COLUMNS + ", e.url, e.secret from webhook_deliveries d "
                        + "join webhook_endpoints e on e.id = d.endpoint_id "
                        + "where d.status = 'PENDING' and d.next_attempt_at <= :now and e.enabled "
                        + "order by d.next_attempt_at limit :limit for update of d skip locked")
                .setParameter("now", Timestamp.from(now))
                .setParameter("limit", limit)
                .getResultList();
        List<Claimed> claimed = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            claimed.add(new Claimed(delivery(r), (String) r[14], (String) r[15]));
        }
        if (!claimed.isEmpty()) {
            em.createNativeQuery("update webhook_deliveries set next_attempt_at = :lease where id in (:ids)")
                    .setParameter("lease", Timestamp.from(leaseUntil))
                    .setParameter("ids", claimed.stream().map(c -> c.delivery().id()).toList())
                    .executeUpdate();
        }
        return claimed;
    }

    public void markDelivered(UUID id, UUID endpointId, int httpStatus, Instant now) {
        em.createNativeQuery("update webhook_deliveries set status = 'DELIVERED', attempts = attempts + 1, "
                        + "last_attempt_at = :now, delivered_at = :now, last_status = :code, last_error = null, "
                        + "next_attempt_at = null where id = :id")
                .setParameter("id", id).setParameter("now", Timestamp.from(now)).setParameter("code", httpStatus)
                .executeUpdate();
        em.createNativeQuery("update webhook_endpoints set consecutive_failures = 0, failing_since = null where id = :id "
                        + "and (consecutive_failures > 0 or failing_since is not null)")
                .setParameter("id", endpointId).executeUpdate();
    }

    /** Records a failed attempt: retried at nextAttempt, or given up (FAILED) when nextAttempt is null. */
    public void markFailed(UUID id, Integer httpStatus, String error, Instant now, Instant nextAttempt) {
        em.createNativeQuery("update webhook_deliveries set status = :status, attempts = attempts + 1, "
                        + "last_attempt_at = :now, last_status = :code, last_error = :error, next_attempt_at = :next where id = :id")
                .setParameter("id", id)
                .setParameter("status", nextAttempt == null ? "FAILED" : "PENDING")
                .setParameter("now", Timestamp.from(now))
                .setParameter("code", httpStatus)
                .setParameter("error", error)
                .setParameter("next", nextAttempt == null ? null : Timestamp.from(nextAttempt))
                .executeUpdate();
    }

    /** Counts a failure on the endpoint; returns the endpoint after it (locked for the rest of the transaction). */
    public Endpoint countFailure(UUID endpointId, Instant now) {
        em.createNativeQuery("update webhook_endpoints set consecutive_failures = consecutive_failures + 1, "
                        + "failing_since = coalesce(failing_since, :now) where id = :id")
                .setParameter("id", endpointId).setParameter("now", Timestamp.from(now)).executeUpdate();
        return endpoint(endpointId, null).orElseThrow();
    }

    public void disable(UUID endpointId, String reason, Instant now) {
        em.createNativeQuery("update webhook_endpoints set enabled = false, disabled_reason = :reason, disabled_at = :now, "
                        + "updated_at = :now where id = :id and enabled")
                .setParameter("id", endpointId).setParameter("reason", reason).setParameter("now", Timestamp.from(now))
                .executeUpdate();
    }

    /** The endpoint's deliveries, newest first. */
    public List<Delivery> deliveries(UUID endpointId, int limit) {
        List<?> rows = em.createNativeQuery("select " + DELIVERY_COLUMNS + " from webhook_deliveries d "
                        + "where d.endpoint_id = :id order by d.created_at desc, d.id limit :limit")
                .setParameter("id", endpointId).setParameter("limit", limit).getResultList();
        return rows.stream().map(row -> delivery((Object[]) row)).toList();
    }

    private static List<Endpoint> endpointsOf(List<?> rows) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            endpoints.add(new Endpoint((UUID) r[0], (String) r[1], (String) r[2], texts(r[3]), (String) r[4], (String) r[5],
                    (Boolean) r[6], (String) r[7], instant(r[8]), ((Number) r[9]).intValue(), instant(r[10]), instant(r[11])));
        }
        return endpoints;
    }

    private static Delivery delivery(Object[] r) {
        return new Delivery((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (UUID) r[4], (String) r[5],
                (String) r[6], ((Number) r[7]).intValue(), instant(r[8]), instant(r[9]),
                r[10] == null ? null : ((Number) r[10]).intValue(), (String) r[11], instant(r[12]), instant(r[13]));
    }

    private static List<String> texts(Object array) {
        if (array instanceof String[] strings) {
            return List.of(strings);
        }
        if (array instanceof Object[] objects) {
            return Arrays.stream(objects).map(String::valueOf).toList();
        }
        if (array instanceof java.sql.Array sql) {
            try {
                return List.of((String[]) sql.getArray());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return List.of();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + value.getClass());
    }

    /** A PostgreSQL text[] literal of the values (event types: letters, dots and underscores only). */
    private static String textArray(List<String> values) {
        return "{" + String.join(",", values) + "}";
    }
}
