package io.newsroom.article.admin;

import io.newsroom.article.admin.ReextractionJob.Kind;
import io.newsroom.article.repository.AdminArticleRepository;
import io.newsroom.article.service.ExtractorVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The rows of reextraction_jobs and dead_letter_replays (V7), and the article queries a job runs on. */
@ApplicationScoped
public class ReextractionJobStore {

    /** A dead letter an admin replayed, with the job that re-extracts its article. */
    public record Replay(String letter, UUID articleId, UUID jobId, Instant replayedAt) {
    }

    @Inject
    EntityManager em;

    @Inject
    AdminArticleRepository adminArticles;

    public void persist(ReextractionJob job) {
        em.persist(job);
        em.flush();
    }

    public Optional<ReextractionJob> find(UUID id) {
        return Optional.ofNullable(em.find(ReextractionJob.class, id));
    }

    public Optional<ReextractionJob> lock(UUID id) {
        return Optional.ofNullable(em.find(ReextractionJob.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The newest jobs first. */
    public List<ReextractionJob> recent(int limit) {
        return em.createQuery("from ReextractionJob j order by j.createdAt desc, j.id desc", ReextractionJob.class)
                .setMaxResults(limit).getResultList();
    }

    /**
     * The oldest open job no other instance holds (not claimed, claimed by {@code worker}, or its lease run out),
     * locked for this transaction; a job another transaction is claiming at this moment is skipped, not waited for.
     */
    public Optional<ReextractionJob> claimable(String worker, Instant now) {
        @SuppressWarnings("unchecked")
        List<ReextractionJob> found = em.createNativeQuery("select * from reextraction_jobs"
                        + " where state in ('QUEUED', 'RUNNING')"
                        + " and (claimed_by is null or claimed_by = :worker or lease_until is null or lease_until < :now)"
                        + " order by created_at limit 1 for update skip locked", ReextractionJob.class)
                .setParameter("worker", worker)
                .setParameter("now", Timestamp.from(now))
                .getResultList();
        return found.stream().findFirst();
    }

    /** The next articles of the job after its cursor, in id order, locked until the batch commits. */
    public List<UUID> nextArticles(ReextractionJob job, int limit) {
        Selection selection = selection(job);
        if (selection == null) {
            return List.of();
        }
        String sql = "select a.id from articles a where " + selection.where
                + (job.cursor == null ? "" : " and a.id > :cursor") + " order by a.id limit :limit for update of a";
        Query query = selection.bind(em.createNativeQuery(sql, UUID.class)).setParameter("limit", limit);
        if (job.cursor != null) {
            query.setParameter("cursor", job.cursor);
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        return ids;
    }

    /** How many articles the job covers now. */
    public long count(ReextractionJob job) {
        if (job.kind == Kind.ARTICLES) {
            return job.articleIds.length;
        }
        Selection selection = selection(job);
        if (selection == null) {
            return 0;
        }
        Query query = selection.bind(em.createNativeQuery("select count(*) from articles a where " + selection.where, Long.class));
        return ((Number) query.getSingleResult()).longValue();
    }

    /** Extractor versions of the stored extractions (of one tenant, or all), newest first, with their article counts. */
    public Map<String, Long> versionsInUse(String tenant) {
        Query query = em.createNativeQuery("select extractor_version, count(*) from articles where extractor_version is not null"
                + (tenant == null ? "" : " and tenant = :tenant") + " group by extractor_version");
        if (tenant != null) {
            query.setParameter("tenant", tenant);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, Long> versions = new LinkedHashMap<>();
        rows.stream()
                .sorted(Comparator.comparing((Object[] row) -> ExtractorVersion.parse((String) row[0])).reversed())
                .forEach(row -> versions.put((String) row[0], ((Number) row[1]).longValue()));
        return versions;
    }

    /** Records the replays of the letters not replayed before; returns those (a letter named twice counts once). */
    public List<Replay> recordReplays(UUID jobId, Map<String, UUID> letters, Instant now) {
        List<Replay> recorded = new ArrayList<>();
        letters.forEach((letter, articleId) -> {
            int inserted = em.createNativeQuery("insert into dead_letter_replays (letter, article_id, job_id, replayed_at)"
                            + " values (:letter, :article, :job, :at) on conflict (letter) do nothing")
                    .setParameter("letter", letter).setParameter("article", articleId).setParameter("job", jobId)
                    .setParameter("at", Timestamp.from(now)).executeUpdate();
            if (inserted == 1) {
                recorded.add(new Replay(letter, articleId, jobId, now));
            }
        });
        return recorded;
    }

    /** The replays of those of the letters that were replayed. */
    public List<Replay> replaysOf(List<String> letters) {
        if (letters.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select letter, article_id, job_id, replayed_at from dead_letter_replays"
                        + " where letter in (:letters) order by replayed_at, letter")
                .setParameter("letters", letters).getResultList();
        return rows.stream().map(row -> new Replay((String) row[0], (UUID) row[1], (UUID) row[2], instant(row[3]))).toList();
    }

    public void setArticles(ReextractionJob job, List<UUID> articleIds) {
        job.articleIds = articleIds.toArray(UUID[]::new);
        job.total = (long) articleIds.size();
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case Timestamp timestamp -> timestamp.toInstant();
            case java.time.OffsetDateTime offset -> offset.toInstant();
            default -> throw new IllegalStateException("not a timestamp: " + value.getClass());
        };
    }

    /** The where clause over articles a that picks the job's articles, and its parameters; null: nothing. */
    private Selection selection(ReextractionJob job) {
        String tenantClause = job.tenant == null ? "" : " and a.tenant = :tenant";
        return switch (job.kind) {
            case EXTRACTOR_VERSION -> new Selection("a.extractor_version = :version" + tenantClause, job.tenant,
                    Map.of("version", job.extractorVersion));
            case OUTDATED -> {
                List<String> older = adminArticles.versionsOlderThan(ExtractorVersion.parse(job.belowVersion));
                yield older.isEmpty() ? null
                        : new Selection("a.extractor_version in (:versions)" + tenantClause, job.tenant, Map.of("versions", older));
            }
            case ARTICLES -> new Selection("a.id in (select unnest(j.article_ids) from reextraction_jobs j where j.id = :job)",
                    null, Map.of("job", job.id));
        };
    }

    private record Selection(String where, String tenant, Map<String, Object> parameters) {
        Query bind(Query query) {
            parameters.forEach(query::setParameter);
            if (tenant != null) {
                query.setParameter("tenant", tenant);
            }
            return query;
        }
    }
}
