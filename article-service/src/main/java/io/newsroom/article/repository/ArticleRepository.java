package io.newsroom.article.repository;

import io.newsroom.article.Article;
import io.newsroom.article.ArticleStatus;
import io.newsroom.article.CitedSource;
import io.newsroom.article.EntityMention;
import io.newsroom.article.messaging.OutboxEvent;
import io.newsroom.article.service.ArticleFilter;
import io.newsroom.article.service.MentionedDays;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import org.hibernate.Session;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {

    /** The article if it exists and belongs to the tenant; a null tenant (admin) sees every tenant. */
    public Optional<Article> findScoped(UUID id, String tenant) {
        return findByIdOptional(id).filter(article -> tenant == null || tenant.equals(article.tenant));
    }

    public Optional<Article> findByIdempotencyKey(String tenant, String key) {
        return find("tenant = ?1 and idempotencyKey = ?2", tenant, key).firstResultOptional();
    }

    public Optional<Article> findByExternalId(String tenant, String externalId) {
        return find("tenant = ?1 and externalId = ?2", tenant, externalId).firstResultOptional();
    }

    public Optional<Article> findByContentHash(String tenant, String contentHash) {
        return find("tenant = ?1 and contentHash = ?2", tenant, contentHash).firstResultOptional();
    }

    /** Newest first, keyset-paginated after the cursor; fetches at most limit rows. */
    @SuppressWarnings("unchecked")
    public List<Article> search(ArticleFilter filter, ArticleCursor after, int limit) {
        StringBuilder sql = new StringBuilder("select a.* from articles a where true");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.tenant() != null) {
            sql.append(" and a.tenant = :tenant");
            parameters.put("tenant", filter.tenant());
        }
        if (filter.storyId() != null) {
            sql.append(" and a.story_id = :storyId");
            parameters.put("storyId", filter.storyId());
        }
        if (filter.status() != null) {
            sql.append(" and a.status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.submittedFrom() != null) {
            sql.append(" and a.submitted_at >= :submittedFrom");
            parameters.put("submittedFrom", filter.submittedFrom());
        }
        if (filter.submittedTo() != null) {
            sql.append(" and a.submitted_at <= :submittedTo");
            parameters.put("submittedTo", filter.submittedTo());
        }
        if (filter.publishedFrom() != null) {
            sql.append(" and a.effective_published_at >= :publishedFrom");
            parameters.put("publishedFrom", filter.publishedFrom());
        }
        if (filter.publishedTo() != null) {
            sql.append(" and a.effective_published_at <= :publishedTo");
            parameters.put("publishedTo", filter.publishedTo());
        }
        if (filter.mentionsFrom() != null || filter.mentionsTo() != null) {
            // a mentioned date's days [starts_on, ends_on) overlap [from, to)
            sql.append(" and exists (select 1 from date_mentions d where d.article_id = a.id");
            if (filter.tenant() != null) {
                sql.append(" and d.tenant = :tenant");
            }
            if (filter.mentionsTo() != null) {
                sql.append(" and d.starts_on < :mentionsTo");
                parameters.put("mentionsTo", filter.mentionsTo());
            }
            if (filter.mentionsFrom() != null) {
                // no mention covers more than a year: that bounds the index scan from below
                sql.append(" and d.ends_on > :mentionsFrom");
                parameters.put("mentionsFrom", filter.mentionsFrom());
                LocalDate earliest = filter.mentionsFrom().minusDays(MentionedDays.LONGEST_RANGE_DAYS);
                if (earliest.getYear() >= 1) {
                    sql.append(" and d.starts_on > :mentionsEarliest");
                    parameters.put("mentionsEarliest", earliest);
                }
            }
            sql.append(')');
        }
        if (filter.text() != null) {
            sql.append(" and a.search_vector @@ websearch_to_tsquery('english', :text)");
            parameters.put("text", filter.text());
        }
        if (filter.entity() != null || filter.entityType() != null) {
            sql.append(" and exists (select 1 from entity_mentions m where m.article_id = a.id");
            if (filter.entity() != null) {
                sql.append(" and m.search_keys @> array[cast(:entity as text)]");
                parameters.put("entity", searchKey(filter.entity()));
            }
            if (filter.entityType() != null) {
                sql.append(" and m.type = :entityType");
                parameters.put("entityType", filter.entityType());
            }
            sql.append(')');
        }
        if (filter.source() != null) {
            // a source is found under the name it was cited by and under its linked entity's name and aliases
            sql.append(" and exists (select 1 from cited_sources s where s.article_id = a.id and (s.name_key = :source")
                    .append(" or exists (select 1 from entity_mentions m where m.article_id = s.article_id")
                    .append(" and m.entity_ref = s.entity_ref and m.search_keys @> array[cast(:source as text)])))");
            parameters.put("source", searchKey(filter.source()));
        }
        if (after != null) {
            sql.append(" and (a.submitted_at, a.id) < (:afterTime, :afterId)");
            parameters.put("afterTime", after.submittedAt());
            parameters.put("afterId", after.id());
        }
        sql.append(" order by a.submitted_at desc, a.id desc limit :limit");
        parameters.put("limit", limit);

        Query query = getEntityManager().createNativeQuery(sql.toString(), Article.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private static final String INSERT_SUBMITTED = """
            with article as (insert into articles (id, tenant, external_id, idempotency_key, request_hash, content,
                content_type, content_hash, source_url, published_at, status, attempt, submitted_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)),
            event as (insert into outbox (event_id, article_id, topic, payload, request_id, created_at)
                values (?, ?, ?, cast(? as jsonb), ?, ?))
            """;

    /**
     * Inserts a new article with its first outbox event and, when a channel is given, notifies it (PostgreSQL
     * delivers that on commit), in one statement: one round trip where persisting the two entities through Hibernate
     * took three, and a fifth of article-service's CPU at 200 submissions/s. A unique index's refusal surfaces as
     * the SQLException (23505) in the cause chain, as from a flush.
     */
    public void insertSubmitted(Article article, OutboxEvent event, String notifyChannel, String notifyPayload) {
        session().doWork(connection -> {
            String notify = notifyChannel == null ? "select 1" : "select 1 from pg_notify(?, ?)";
            try (PreparedStatement insert = connection.prepareStatement(INSERT_SUBMITTED + notify)) {
                insert.setObject(1, article.id);
                insert.setString(2, article.tenant);
                insert.setString(3, article.externalId);
                insert.setString(4, article.idempotencyKey);
                insert.setString(5, article.requestHash);
                insert.setString(6, article.content);
                insert.setString(7, article.contentType);
                insert.setString(8, article.contentHash);
                insert.setString(9, article.sourceUrl);
                insert.setObject(10, utc(article.publishedAt), Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setString(11, article.status.name());
                insert.setInt(12, article.attempt);
                insert.setObject(13, utc(article.submittedAt));
                insert.setObject(14, utc(article.updatedAt));
                insert.setObject(15, event.eventId);
                insert.setObject(16, event.articleId);
                insert.setString(17, event.topic);
                insert.setString(18, event.payload);
                insert.setString(19, event.requestId);
                insert.setObject(20, utc(event.createdAt));
                if (notifyChannel != null) {
                    insert.setString(21, notifyChannel);
                    insert.setString(22, notifyPayload);
                }
                insert.executeQuery().close();
            }
        });
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** What storing an extraction needs to know of an article; the rows are locked, in id order, until the commit. */
    public Map<UUID, ExtractionState> extractionStatesForUpdate(Collection<UUID> articleIds) {
        return session().doReturningWork(connection -> {
            Map<UUID, ExtractionState> states = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    select id, tenant, status, extractor_version, extraction_hash from articles
                    where id = any(?) order by id for update""")) {
                select.setArray(1, connection.createArrayOf("uuid", articleIds.toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        UUID id = rows.getObject(1, UUID.class);
                        states.put(id, new ExtractionState(id, rows.getString(2), ArticleStatus.valueOf(rows.getString(3)),
                                rows.getString(4), rows.getString(5)));
                    }
                }
            }
            return states;
        });
    }

    /** Stores each article's new extraction (the document's text as received) and marks it EXTRACTED, in one batch. */
    public void storeExtractions(List<NewExtraction> extractions) {
        session().doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    update articles set extraction = cast(? as jsonb), extraction_hash = ?, extractor_version = ?,
                    status = 'EXTRACTED', story_pending = true, failure_reason = null, extracted_at = ?, updated_at = ?,
                    found_published_at = ? where id = ?""")) {
                for (NewExtraction extraction : extractions) {
                    OffsetDateTime at = extraction.at().atOffset(ZoneOffset.UTC);
                    update.setString(1, extraction.json());
                    update.setString(2, extraction.hash());
                    update.setString(3, extraction.extractorVersion());
                    update.setObject(4, at);
                    update.setObject(5, at);
                    update.setObject(6, utc(extraction.foundPublishedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                    update.setObject(7, extraction.articleId());
                    update.addBatch();
                }
                update.executeBatch();
            }
        });
    }

    /** Replaces the mentions, cited sources and mentioned dates of these articles with the given ones, in batched statements. */
    public void replaceExtractionFacts(Collection<UUID> articleIds, List<EntityMention> mentions, List<CitedSource> sources,
                                       List<DateMention> dates) {
        session().doWork(connection -> {
            Array ids = connection.createArrayOf("uuid", articleIds.toArray());
            for (String table : List.of("entity_mentions", "cited_sources", "date_mentions")) {
                try (PreparedStatement delete = connection.prepareStatement("delete from " + table + " where article_id = any(?)")) {
                    delete.setArray(1, ids);
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into entity_mentions (article_id, tenant, entity_ref, name, name_key, type, roles, aliases,
                    search_keys, mention_count) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (EntityMention mention : mentions) {
                    insert.setObject(1, mention.articleId);
                    insert.setString(2, mention.tenant);
                    insert.setString(3, mention.entityRef);
                    insert.setString(4, mention.name);
                    insert.setString(5, mention.nameKey);
                    insert.setString(6, mention.type);
                    insert.setArray(7, connection.createArrayOf("text", mention.roles.toArray()));
                    insert.setArray(8, connection.createArrayOf("text", mention.aliases.toArray()));
                    insert.setArray(9, connection.createArrayOf("text", mention.searchKeys.toArray()));
                    insert.setInt(10, mention.mentionCount);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into cited_sources (article_id, tenant, name, name_key, entity_ref, mention_count)
                    values (?, ?, ?, ?, ?, ?)""")) {
                for (CitedSource source : sources) {
                    insert.setObject(1, source.articleId);
                    insert.setString(2, source.tenant);
                    insert.setString(3, source.name);
                    insert.setString(4, source.nameKey);
                    insert.setString(5, source.entityRef);
                    insert.setInt(6, source.mentionCount);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into date_mentions (article_id, tenant, value, starts_on, ends_on) values (?, ?, ?, ?, ?)""")) {
                for (DateMention date : dates) {
                    insert.setObject(1, date.articleId());
                    insert.setString(2, date.tenant());
                    insert.setString(3, date.value());
                    insert.setObject(4, date.startsOn());
                    insert.setObject(5, date.endsOn());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private Session session() {
        return getEntityManager().unwrap(Session.class);
    }

    public List<EntityMention> mentionsOf(UUID articleId) {
        return EntityMention.list("articleId = ?1 order by id", articleId);
    }

    /** Names and aliases are matched case-insensitively and with their spacing normalized. */
    public static String searchKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
