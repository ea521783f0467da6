package io.newsroom.article.repository;

import io.newsroom.article.Article;
import io.newsroom.article.CitedSource;
import io.newsroom.article.EntityMention;
import io.newsroom.article.service.ArticleFilter;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

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
            sql.append(" and a.published_at >= :publishedFrom");
            parameters.put("publishedFrom", filter.publishedFrom());
        }
        if (filter.publishedTo() != null) {
            sql.append(" and a.published_at <= :publishedTo");
            parameters.put("publishedTo", filter.publishedTo());
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

    public void replaceExtractionFacts(UUID articleId, List<EntityMention> mentions, List<CitedSource> sources) {
        EntityMention.delete("articleId", articleId);
        CitedSource.delete("articleId", articleId);
        EntityMention.persist(mentions);
        CitedSource.persist(sources);
    }

    public List<EntityMention> mentionsOf(UUID articleId) {
        return EntityMention.list("articleId = ?1 order by id", articleId);
    }

    /** Names and aliases are matched case-insensitively and with their spacing normalized. */
    public static String searchKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
