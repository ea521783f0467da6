package io.newsroom.article.stories;

import io.newsroom.article.Article;
import io.newsroom.article.stories.StoryStore.Candidate;
import io.newsroom.article.stories.StoryStore.Grouping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Gives each extracted article a story: the story of its best-matching article of the tenant when that one is the
 * same story ({@link StoryMatcher#sameStory}), else a story of its own. Runs in a transaction of its own after the one
 * that stores the extractions (an extraction stored and not grouped yet is marked pending), under a per-tenant lock.
 */
@ApplicationScoped
public class StoryService {

    /** Candidates verified per article: the ones sharing the most bands. */
    static final int CANDIDATES = 50;

    private final StoryMatcher matcher = new StoryMatcher();

    @Inject
    EntityManager entityManager;

    /**
     * Groups those of the articles whose stored extraction is not grouped yet, in tenant then id order (the per-tenant
     * locks are taken in that order), and returns how many. Runs after the transaction that stored the extractions, so
     * another delivery of the same events, or the start-up backfill, groups what a failure here left. A text is used
     * only while its hash is the stored extraction's; a newer extraction is grouped with its own text. An article
     * whose text gives the fingerprint it already has keeps its story; one whose text changed is matched again,
     * without itself: it joins its best match's story, else keeps its story if no other article shares it, else
     * starts one.
     */
    public int groupPending(List<PendingText> texts) {
        Map<String, Map<UUID, PendingText>> byTenant = new TreeMap<>();
        for (PendingText text : texts) {
            byTenant.computeIfAbsent(text.tenant(), tenant -> new HashMap<>()).put(text.articleId(), text);
        }
        return session().doReturningWork(connection -> {
            int grouped = 0;
            for (Map.Entry<String, Map<UUID, PendingText>> tenant : byTenant.entrySet()) {
                StoryStore.lockTenant(connection, tenant.getKey());
                for (Map.Entry<UUID, String> pending : StoryStore.pending(connection, tenant.getKey(),
                        tenant.getValue().keySet()).entrySet()) {
                    PendingText text = tenant.getValue().get(pending.getKey());
                    String current = text.extractionHash() != null && text.extractionHash().equals(pending.getValue())
                            ? text.text() : StoryStore.textOf(connection, text.articleId());
                    group(connection, matcher, new StoryText(text.articleId(), tenant.getKey(), current));
                    grouped++;
                }
            }
            return grouped;
        });
    }

    /**
     * An article's text as an incoming extraction gave it and the hash of that extraction (both null: read the stored
     * text); of an article's several, the last one counts.
     */
    public record PendingText(UUID articleId, String tenant, String text, String extractionHash) {
    }

    /**
     * Groups up to limit of the tenant's extractions not grouped yet (ids after `after`, in id order) and
     * returns their ids. Their texts are read under the tenant's lock, so an extraction stored meanwhile is grouped
     * after them, with its own text.
     */
    public List<UUID> groupUngrouped(String tenant, UUID after, int limit) {
        return session().doReturningWork(connection -> {
            StoryStore.lockTenant(connection, tenant);
            List<UUID> grouped = new ArrayList<>();
            for (StoryText text : StoryStore.ungrouped(connection, tenant, after, limit)) {
                group(connection, matcher, text);
                grouped.add(text.articleId());
            }
            return grouped;
        });
    }

    /** Tenants with extractions not grouped yet. */
    public List<String> tenantsWithUngrouped() {
        return session().doReturningWork(StoryStore::tenantsWithUngrouped);
    }

    /** Groups one article on a connection whose transaction holds the tenant's lock; returns its story (null: no such article). */
    public static UUID group(Connection connection, StoryMatcher matcher, StoryText text) throws SQLException {
        Grouping current = StoryStore.groupingOf(connection, text.articleId()).orElse(null);
        if (current == null) {
            return null;
        }
        Fingerprint fingerprint = matcher.fingerprint(text.text());
        if (current.storyId() != null && fingerprint.equals(current.fingerprint())) {
            StoryStore.keep(connection, text.articleId());
            return current.storyId();
        }
        long[] keys = matcher.bandKeys(fingerprint);
        Optional<SimilarArticle> best = best(matcher, fingerprint,
                StoryStore.candidates(connection, text.tenant(), keys, text.articleId(), CANDIDATES));
        UUID story;
        if (best.isPresent() && matcher.sameStory(best.get().similarity())) {
            story = best.get().storyId();
        } else if (current.storyId() != null
                && !StoryStore.storyHasOthers(connection, text.tenant(), current.storyId(), text.articleId())) {
            story = current.storyId();
        } else {
            story = UUID.randomUUID();
        }
        StoryStore.assign(connection, text.tenant(), text.articleId(), story, fingerprint, keys, current.storyId() != null);
        return story;
    }

    /** The candidate with the highest score; ties go to the one sharing more bands, then to the lower id. */
    static Optional<SimilarArticle> best(StoryMatcher matcher, Fingerprint fingerprint, List<Candidate> candidates) {
        SimilarArticle best = null;
        int bestBands = -1;
        for (Candidate candidate : candidates) {
            StoryMatcher.Similarity similarity = matcher.compare(fingerprint, candidate.fingerprint());
            if (best == null || similarity.score() > best.similarity().score()
                    || similarity.score() == best.similarity().score() && candidate.sharedBands() > bestBands) {
                best = new SimilarArticle(candidate.articleId(), candidate.storyId(), similarity);
                bestBands = candidate.sharedBands();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The tenant's articles near this one (score at least the matcher's similarScore), best first, at most limit.
     * Empty for an article not grouped yet (no extraction).
     */
    public List<SimilarArticle> similar(Article article, int limit) {
        return session().doReturningWork(connection -> {
            Grouping grouping = StoryStore.groupingOf(connection, article.id).orElse(null);
            List<SimilarArticle> similar = new ArrayList<>();
            if (grouping == null || grouping.fingerprint() == null) {
                return similar;
            }
            for (Candidate candidate : StoryStore.candidates(connection, article.tenant,
                    matcher.bandKeys(grouping.fingerprint()), article.id, CANDIDATES)) {
                StoryMatcher.Similarity similarity = matcher.compare(grouping.fingerprint(), candidate.fingerprint());
                if (similarity.score() >= matcher.settings().similarScore()) {
                    similar.add(new SimilarArticle(candidate.articleId(), candidate.storyId(), similarity));
                }
            }
            similar.sort(Comparator.comparingDouble((SimilarArticle s) -> s.similarity().score()).reversed()
                    .thenComparing(s -> s.similarity().jaccard(), Comparator.reverseOrder())
                    .thenComparing(SimilarArticle::articleId));
            return similar.size() > limit ? List.copyOf(similar.subList(0, limit)) : similar;
        });
    }

    /** The story's articles in the tenant (null: any tenant), oldest first, at most limit. */
    @SuppressWarnings("unchecked")
    public List<Article> articlesOf(UUID storyId, String tenant, int limit) {
        var query = entityManager.createNativeQuery("select a.* from articles a where a.story_id = :story"
                + (tenant == null ? "" : " and a.tenant = :tenant") + " order by a.submitted_at, a.id limit :limit", Article.class);
        query.setParameter("story", storyId).setParameter("limit", limit);
        if (tenant != null) {
            query.setParameter("tenant", tenant);
        }
        return query.getResultList();
    }

    /** How many articles of the tenant (null: any tenant) the story has. */
    public long sizeOf(UUID storyId, String tenant) {
        var query = entityManager.createNativeQuery("select count(*) from articles a where a.story_id = :story"
                + (tenant == null ? "" : " and a.tenant = :tenant"));
        query.setParameter("story", storyId);
        if (tenant != null) {
            query.setParameter("tenant", tenant);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
