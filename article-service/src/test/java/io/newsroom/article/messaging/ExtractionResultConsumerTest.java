package io.newsroom.article.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.article.Article;
import io.newsroom.article.ArticleStatus;
import io.newsroom.article.CitedSource;
import io.newsroom.article.ContentType;
import io.newsroom.article.EntityMention;
import io.newsroom.article.EventFixtures;
import io.newsroom.article.Submissions;
import io.newsroom.article.service.ArticleService;
import io.newsroom.article.service.ArticleSubmission;
import io.newsroom.article.service.ContentDigest;
import io.newsroom.article.service.ExtractionRecorder;
import io.newsroom.article.service.ExtractionRecorder.Outcome;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ExtractionResultConsumerTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    ArticleService articles;

    @Inject
    ExtractionRecorder recorder;

    @Inject
    ObjectMapper mapper;

    @Inject
    MeterRegistry meters;

    @Test
    void extractedEventStoresTheDocumentMentionsAndSources() {
        UUID id = stored();
        double skippedBefore = skippedUnreadable();
        connector.source(Channels.ARTICLES_EXTRACTED).send(List.of("this is not json"));
        connector.source(Channels.ARTICLES_EXTRACTED).send(List.of(EventFixtures.extracted(id, "acme", "1.0.0")));

        await().atMost(Duration.ofSeconds(20)).until(() -> article(id).status == ArticleStatus.EXTRACTED);
        assertEquals(skippedBefore + 1, skippedUnreadable(), "the unreadable event is counted, then skipped");
        Article article = article(id);
        assertEquals("1.0.0", article.extractorVersion);
        assertTrue(article.extraction.contains("Ingrid Solberg"));
        List<EntityMention> mentions = QuarkusTransaction.requiringNew().call(() -> EntityMention.<EntityMention>list("articleId = ?1 order by id", id));
        assertEquals(List.of("Ingrid Solberg", "Harbour Council", "Coastal Herald"), mentions.stream().map(m -> m.name).toList());
        EntityMention solberg = mentions.get(0);
        assertEquals("PERSON", solberg.type);
        assertEquals(List.of("Mayor"), solberg.roles);
        assertEquals(List.of("ingrid solberg", "solberg"), solberg.searchKeys);
        assertEquals(1, solberg.mentionCount);
        List<CitedSource> sources = QuarkusTransaction.requiringNew().call(() -> CitedSource.<CitedSource>list("articleId", id));
        assertEquals("coastal herald", sources.get(0).nameKey);
    }

    @Test
    void failedEventMarksTheArticleFailed() {
        UUID id = stored();
        connector.source(Channels.ARTICLES_EXTRACTION_FAILED).send(EventFixtures.extractionFailed(id, "acme"));
        await().atMost(Duration.ofSeconds(20)).until(() -> article(id).status == ArticleStatus.FAILED);
        assertEquals("UnreadableDocumentException: no main text found after boilerplate removal", article(id).failureReason);
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        UUID id = stored();
        String event = EventFixtures.extracted(id, "acme", "1.0.0");
        assertEquals(Outcome.APPLIED, recorder.recordExtraction(ExtractedEvent.read(mapper, event)));
        assertEquals(Outcome.DUPLICATE_EVENT, recorder.recordExtraction(ExtractedEvent.read(mapper, event)));
        assertEquals(3L, QuarkusTransaction.requiringNew().call(() -> EntityMention.count("articleId", id)));
    }

    @Test
    void anOlderExtractorArrivingLateIsIgnored() {
        UUID id = stored();
        assertEquals(Outcome.APPLIED, recorder.recordExtraction(ExtractedEvent.read(mapper, EventFixtures.extracted(id, "acme", "1.10.0"))));
        assertEquals(Outcome.OLDER_EXTRACTOR, recorder.recordExtraction(ExtractedEvent.read(mapper, EventFixtures.extracted(id, "acme", "1.9.3"))));
        assertEquals("1.10.0", article(id).extractorVersion);
        assertEquals(Outcome.SAME_EXTRACTION, recorder.recordExtraction(ExtractedEvent.read(mapper, EventFixtures.extracted(id, "acme", "1.10.0"))));
    }

    @Test
    void theSameExtractorsResultStoredTwiceUnderTwoEventIdsChangesNothing() throws Exception {
        UUID id = stored();
        assertEquals(Outcome.APPLIED, recorder.recordExtraction(ExtractedEvent.read(mapper, EventFixtures.extracted(id, "acme", "1.0.0"))));
        Article first = article(id);
        List<Long> mentionIds = mentionIds(id);

        assertEquals(Outcome.SAME_EXTRACTION, recorder.recordExtraction(ExtractedEvent.read(mapper, EventFixtures.extracted(id, "acme", "1.0.0"))));
        assertEquals(first.extractedAt, article(id).extractedAt);
        assertEquals(mentionIds, mentionIds(id));

        // the same version with another document (a reprocess with a new publication hint) is stored
        ObjectNode changed = (ObjectNode) mapper.readTree(EventFixtures.extracted(id, "acme", "1.0.0"));
        ((ObjectNode) changed.at("/extraction/metadata")).put("published", "2024-03-04");
        assertEquals(Outcome.APPLIED, recorder.recordExtraction(ExtractedEvent.read(mapper, changed.toString())));
        assertTrue(article(id).extraction.contains("2024-03-04"));
    }

    @Test
    void aConsumedEventRepeatedUnderTheSameIdIsANoOp() throws Exception {
        UUID id = stored();
        UUID later = stored();
        String event = EventFixtures.extracted(id, "acme", "1.0.0");
        connector.source(Channels.ARTICLES_EXTRACTED).send(List.of(event));
        await().atMost(Duration.ofSeconds(20)).until(() -> article(id).status == ArticleStatus.EXTRACTED);
        Article first = article(id);

        // a re-extraction after a crash: same event id, even if the document were to differ
        ObjectNode repeated = (ObjectNode) mapper.readTree(event);
        ((ObjectNode) repeated.get("extraction")).put("text", "A different text.");
        connector.source(Channels.ARTICLES_EXTRACTED).send(List.of(repeated.toString()));
        connector.source(Channels.ARTICLES_EXTRACTED).send(List.of(EventFixtures.extracted(later, "acme", "1.0.0")));
        await().atMost(Duration.ofSeconds(20)).until(() -> article(later).status == ArticleStatus.EXTRACTED);

        Article after = article(id);
        assertEquals(ArticleStatus.EXTRACTED, after.status);
        assertEquals(first.extraction, after.extraction);
        assertEquals(first.extractedAt, after.extractedAt);
    }

    private List<Long> mentionIds(UUID id) {
        return QuarkusTransaction.requiringNew().call(
                () -> EntityMention.<EntityMention>list("articleId = ?1 order by id", id).stream().map(m -> m.id).toList());
    }

    @Test
    void aLateFailureKeepsASuccessfulExtraction() {
        UUID id = stored();
        recorder.recordExtraction(ExtractedEvent.read(mapper, EventFixtures.extracted(id, "acme", "1.0.0")));
        assertEquals(Outcome.EXTRACTION_KEPT, recorder.recordFailure(ExtractionFailedEvent.read(mapper, EventFixtures.extractionFailed(id, "acme"))));
        assertEquals(ArticleStatus.EXTRACTED, article(id).status);
        assertNull(article(id).failureReason);
    }

    @Test
    void aResultNamingAnotherTenantIsNotApplied() {
        UUID id = stored();
        assertEquals(Outcome.UNKNOWN_ARTICLE, recorder.recordExtraction(ExtractedEvent.read(mapper, EventFixtures.extracted(id, "globex", "1.0.0"))));
        assertEquals(ArticleStatus.PENDING, article(id).status);
    }

    @Test
    void aBatchIsStoredInItsOrderAndAnEventRepeatedWithinItIsAppliedOnce() throws Exception {
        UUID first = stored();
        UUID second = stored();
        String firstEvent = EventFixtures.extracted(first, "acme", "1.0.0");
        List<ExtractedEvent> batch = List.of(ExtractedEvent.read(mapper, firstEvent),
                ExtractedEvent.read(mapper, EventFixtures.extracted(second, "acme", "1.0.0")),
                ExtractedEvent.read(mapper, firstEvent),
                ExtractedEvent.read(mapper, EventFixtures.extracted(first, "acme", "1.1.0")),
                ExtractedEvent.read(mapper, EventFixtures.extracted(second, "acme", "0.9.0")));

        assertEquals(List.of(Outcome.APPLIED, Outcome.APPLIED, Outcome.DUPLICATE_EVENT, Outcome.APPLIED, Outcome.OLDER_EXTRACTOR),
                recorder.recordExtractions(batch));
        assertEquals("1.1.0", article(first).extractorVersion);
        assertEquals("1.0.0", article(second).extractorVersion);
        for (UUID id : List.of(first, second)) {
            assertEquals(3L, QuarkusTransaction.requiringNew().call(() -> EntityMention.count("articleId", id)), "one set of mentions");
            assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> CitedSource.count("articleId", id)));
        }
    }

    @Test
    void theDocumentIsStoredAsReceivedWithTheHashOfItsText() throws Exception {
        UUID id = stored();
        ExtractedEvent event = ExtractedEvent.read(mapper, EventFixtures.extracted(id, "acme", "1.0.0"));
        recorder.recordExtraction(event);
        Article article = article(id);
        assertEquals(ContentDigest.ofExtraction(event.extractionJson()), article.extractionHash);
        assertEquals(mapper.readTree(event.extractionJson()), mapper.readTree(article.extraction));
    }

    @Test
    void anUnreadableRecordInABatchIsSkippedAndTheOthersAreStored() {
        UUID id = stored();
        double skippedBefore = skippedUnreadable();
        connector.source(Channels.ARTICLES_EXTRACTED).send(List.of("{\"schemaVersion\": 1, \"eventId\": ",
                EventFixtures.extracted(id, "acme", "1.0.0")));
        await().atMost(Duration.ofSeconds(20)).until(() -> article(id).status == ArticleStatus.EXTRACTED);
        assertEquals(skippedBefore + 1, skippedUnreadable());
    }

    private double skippedUnreadable() {
        return meters.find(ExtractionResultConsumer.SKIPPED).tag("channel", Channels.ARTICLES_EXTRACTED).tag("reason", "unreadable")
                .counters().stream().mapToDouble(Counter::count).sum();
    }

    private UUID stored() {
        return articles.submit("acme", new ArticleSubmission(Submissions.uniqueText(), ContentType.TEXT_PLAIN, null, null, null),
                null, null).article().id;
    }

    private Article article(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> articles.get(id, "acme"));
    }
}
