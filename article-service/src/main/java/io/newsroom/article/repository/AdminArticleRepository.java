package io.newsroom.article.repository;

import io.newsroom.article.ArticleStatus;
import io.newsroom.article.service.ExtractorVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.UUID;

/** Queries across every tenant for the admin API: counts, and articles extracted by an outdated extractor. */
@ApplicationScoped
public class AdminArticleRepository {

    public record TenantStatusCount(String tenant, ArticleStatus status, long count) {
    }

    /** The columns an admin listing needs; the content stays in the database. */
    public record ExtractedArticle(UUID id, String tenant, ArticleStatus status, String extractorVersion) {
    }

    @Inject
    ArticleRepository articles;

    public List<TenantStatusCount> countByTenantAndStatus() {
        return articles.getEntityManager().createQuery("select new " + TenantStatusCount.class.getName()
                        + "(a.tenant, a.status, count(a)) from Article a group by a.tenant, a.status order by a.tenant, a.status",
                TenantStatusCount.class).getResultList();
    }

    /** The stored extractor versions that order before {@code below}; there are few, so they are compared here. */
    public List<String> versionsOlderThan(ExtractorVersion below) {
        return articles.getEntityManager().createQuery(
                        "select distinct a.extractorVersion from Article a where a.extractorVersion is not null", String.class)
                .getResultList().stream()
                .filter(version -> ExtractorVersion.parse(version).isOlderThan(below))
                .toList();
    }

    /** Articles extracted by one of the versions, in id order after {@code after} (null: from the start). */
    public List<ExtractedArticle> extractedBy(List<String> versions, UUID after, int limit) {
        TypedQuery<ExtractedArticle> query = articles.getEntityManager().createQuery("select new " + ExtractedArticle.class.getName()
                        + "(a.id, a.tenant, a.status, a.extractorVersion) from Article a where a.extractorVersion in :versions"
                        + (after == null ? "" : " and a.id > :after") + " order by a.id", ExtractedArticle.class)
                .setParameter("versions", versions)
                .setMaxResults(limit);
        if (after != null) {
            query.setParameter("after", after);
        }
        return query.getResultList();
    }

    public long countExtractedBy(List<String> versions) {
        return articles.count("extractorVersion in ?1", versions);
    }
}
