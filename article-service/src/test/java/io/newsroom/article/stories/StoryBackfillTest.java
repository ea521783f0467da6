package io.newsroom.article.stories;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.article.ContentType;
import io.newsroom.article.EventFixtures;
import io.newsroom.article.StoryTexts;
import io.newsroom.article.messaging.ExtractedEvent;
import io.newsroom.article.service.ArticleService;
import io.newsroom.article.service.ArticleSubmission;
import io.newsroom.article.service.ExtractionRecorder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Articles extracted before stories existed (an extraction, no story, no band rows) are grouped by the backfill, once. */
@QuarkusTest
class StoryBackfillTest {

    private final String tenant = "story-backfill-" + UUID.randomUUID();

    @Inject
    ArticleService articles;

    @Inject
    ExtractionRecorder recorder;

    @Inject
    StoryBackfill backfill;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Test
    void articlesStoredBeforeStoriesAreGroupedAsIfJustExtractedAndOnlyOnce() {
        SecureRandom random = new SecureRandom();
        String text = StoryTexts.article(random.nextLong(), 300);
        UUID original = extracted(text);
        UUID copy = extracted(StoryTexts.edited(text, 12, 120));
        UUID unrelated = extracted(StoryTexts.article(random.nextLong(), 300));
        List<UUID> ids = List.of(original, copy, unrelated);
        Map<UUID, UUID> grouped = stories(ids);
        forgetStories(ids);
        stories(ids).values().forEach(Assertions::assertNull);

        assertTrue(backfill.backfill() >= 3);
        Map<UUID, UUID> backfilled = stories(ids);
        backfilled.values().forEach(Assertions::assertNotNull);
        assertEquals(backfilled.get(original), backfilled.get(copy), "copies share a story, as when they were extracted");
        assertNotEquals(backfilled.get(original), backfilled.get(unrelated));
        assertEquals(grouped.get(original).equals(grouped.get(copy)), backfilled.get(original).equals(backfilled.get(copy)));
        assertEquals(3 * StoryMatcher.Settings.DEFAULT.bands(), bandRows(ids));

        assertEquals(0, backfill.backfill(), "nothing is left to group");
        assertEquals(backfilled, stories(ids));
        assertEquals(3 * StoryMatcher.Settings.DEFAULT.bands(), bandRows(ids));
    }

    @Test
    void aBatchDeliveredAgainGroupsWhatAStopAfterItsStorageLeftPending() {
        String text = StoryTexts.article(new SecureRandom().nextLong(), 300);
        String edited = StoryTexts.edited(text, 12, 120);
        UUID original = extracted(text);
        UUID copy = articles.submit(tenant, new ArticleSubmission(edited, ContentType.TEXT_PLAIN, null, null, null), null, null)
                .article().id;
        ExtractedEvent event = ExtractedEvent.read(mapper, EventFixtures.extracted(copy, tenant, "1.0.0", edited));
        assertEquals(List.of(ExtractionRecorder.Outcome.APPLIED), recorder.recordExtractions(List.of(event)));
        forgetStories(List.of(copy));

        assertEquals(List.of(ExtractionRecorder.Outcome.DUPLICATE_EVENT), recorder.recordExtractions(List.of(event)));
        assertEquals(stories(List.of(original)).get(original), stories(List.of(copy)).get(copy),
                "the redelivered batch grouped the copy with its original");
        assertEquals(2 * StoryMatcher.Settings.DEFAULT.bands(), bandRows(List.of(original, copy)));
    }

    /** The state of an article stored before V9 (as V10 marks it): an extraction, pending, no story columns or band rows. */
    private void forgetStories(List<UUID> ids) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from story_bands where article_id in (:ids)").setParameter("ids", ids).executeUpdate();
            em.createNativeQuery("update articles set story_id = null, story_signature = null, story_shingles = null, story_pending = true "
                    + "where id in (:ids)").setParameter("ids", ids).executeUpdate();
        });
    }

    private Map<UUID, UUID> stories(List<UUID> ids) {
        Map<UUID, UUID> stories = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> ids.forEach(id -> stories.put(id, (UUID) em.createNativeQuery(
                "select story_id from articles where id = :id").setParameter("id", id).getSingleResult())));
        return stories;
    }

    private long bandRows(List<UUID> ids) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from story_bands where article_id in (:ids)").setParameter("ids", ids).getSingleResult())
                .longValue());
    }

    private UUID extracted(String text) {
        UUID id = articles.submit(tenant, new ArticleSubmission(text, ContentType.TEXT_PLAIN, null, null, null), null, null)
                .article().id;
        assertEquals(ExtractionRecorder.Outcome.APPLIED,
                recorder.recordExtraction(ExtractedEvent.read(mapper, EventFixtures.extracted(id, tenant, "1.0.0", text))));
        return id;
    }
}
