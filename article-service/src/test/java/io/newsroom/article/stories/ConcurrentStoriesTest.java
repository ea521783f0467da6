package io.newsroom.article.stories;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.article.ContentType;
import io.newsroom.article.EventFixtures;
import io.newsroom.article.StoryTexts;
import io.newsroom.article.messaging.ExtractedEvent;
import io.newsroom.article.service.ArticleService;
import io.newsroom.article.service.ArticleSubmission;
import io.newsroom.article.service.ExtractionRecorder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Two copies of one story stored at the same time: the second waits for the first's transaction, so it sees the
 * first's story instead of starting one of its own.
 */
@QuarkusTest
class ConcurrentStoriesTest {

    @Inject
    ArticleService articles;

    @Inject
    ExtractionRecorder recorder;

    @Inject
    ObjectMapper mapper;

    @Inject
    UserTransaction transaction;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void twoCopiesStoredConcurrentlyShareOneStory() throws Exception {
        String text = StoryTexts.article(new SecureRandom().nextLong(), 300);
        String copy = StoryTexts.edited(text, 12, 120);
        UUID first = stored(text);
        UUID second = stored(copy);

        CompletableFuture<ExtractionRecorder.Outcome> other;
        transaction.begin();
        try {
            assertEquals(ExtractionRecorder.Outcome.APPLIED, recorder.recordExtraction(event(first, text)));
            // the first copy is grouped but not committed: the second one, in its own transaction, must wait for it
            other = CompletableFuture.supplyAsync(() -> recorder.recordExtraction(event(second, copy)));
            awaitWaitingOnStoryLockOrDone(other);
            assertFalse(other.isDone(), "the second copy was grouped while the first one's transaction was open");
        } finally {
            transaction.commit();
        }
        assertEquals(ExtractionRecorder.Outcome.APPLIED, other.get());
        UUID story = articles.get(first, null).storyId;
        assertNotNull(story);
        assertEquals(story, articles.get(second, null).storyId);
    }

    /** Until a session waits on the story lock, or the other store finished (which the caller then reports). */
    private void awaitWaitingOnStoryLockOrDone(CompletableFuture<?> other) throws Exception {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement waiting = connection.prepareStatement(
                     "select count(*) from pg_locks where locktype = 'advisory' and classid = ? and not granted")) {
            waiting.setLong(1, StoryStore.STORY_LOCK_SPACE);
            while (!other.isDone()) {
                try (ResultSet row = waiting.executeQuery()) {
                    row.next();
                    if (row.getLong(1) > 0) {
                        return;
                    }
                }
                if (Instant.now().isAfter(giveUp)) {
                    throw new AssertionError("the second store neither finished nor waited on the story lock");
                }
                Thread.sleep(20);
            }
        }
    }

    private UUID stored(String content) {
        return articles.submit("acme", new ArticleSubmission(content, ContentType.TEXT_PLAIN, null, null, null), null, null)
                .article().id;
    }

    private ExtractedEvent event(UUID id, String text) {
        return ExtractedEvent.read(mapper, EventFixtures.extracted(id, "acme", "1.0.0", text));
    }
}
