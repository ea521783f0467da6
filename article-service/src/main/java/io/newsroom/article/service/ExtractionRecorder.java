package io.newsroom.article.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.article.Article;
import io.newsroom.article.ArticleStatus;
import io.newsroom.article.CitedSource;
import io.newsroom.article.EntityMention;
import io.newsroom.article.config.ArticleConfig;
import io.newsroom.article.messaging.ExtractedEvent;
import io.newsroom.article.messaging.ExtractionFailedEvent;
import io.newsroom.article.repository.ArticleRepository;
import io.newsroom.article.repository.DateMention;
import io.newsroom.article.repository.ExtractionState;
import io.newsroom.article.repository.NewExtraction;
import io.newsroom.article.repository.ProcessedEventRepository;
import io.newsroom.article.rest.RequestIdFilter;
import io.newsroom.article.stories.StoryService;
import io.newsroom.article.stories.StoryService.PendingText;
import io.newsroom.article.webhook.WebhookEvents;
import io.newsroom.article.webhook.WebhookEvents.ArticleEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Stores extraction results on their article, once per event, never letting an older extractor win. */
@ApplicationScoped
public class ExtractionRecorder {

    private static final Logger LOG = Logger.getLogger(ExtractionRecorder.class);
    private static final int MAX_FAILURE_REASON = 2000;

    public enum Outcome {
        APPLIED,
        DUPLICATE_EVENT,
        UNKNOWN_ARTICLE,
        OLDER_EXTRACTOR,
        SAME_EXTRACTION,
        EXTRACTION_KEPT
    }

    @Inject
    ArticleRepository articles;

    @Inject
    ProcessedEventRepository processedEvents;

    @Inject
    ArticleConfig config;

    @Inject
    StoryService stories;

    @Inject
    WebhookEvents webhooks;

    public Outcome recordExtraction(ExtractedEvent event) {
        return recordExtractions(List.of(event)).get(0);
    }

    /**
     * Stores a polled batch of results in one transaction, in their order: an article's later event sees what its
     * earlier one stored; then groups them into stories in a second one (inside a caller's transaction, both join
     * it). A failure between the two leaves the stored extractions pending: the same events delivered again group
     * them. Returns each event's outcome.
     */
    public List<Outcome> recordExtractions(List<ExtractedEvent> events) {
        Map<UUID, PendingText> texts = new LinkedHashMap<>();
        for (ExtractedEvent event : events) {
            texts.put(event.articleId(), new PendingText(event.articleId(), event.tenant(), null, null));
        }
        List<Outcome> outcomes = QuarkusTransaction.joiningExisting().call(() -> store(events, texts));
        QuarkusTransaction.joiningExisting().call(() -> stories.groupPending(List.copyOf(texts.values())));
        return outcomes;
    }

    /** Stores the events and puts the text and hash of each stored extraction in texts. */
    private List<Outcome> store(List<ExtractedEvent> events, Map<UUID, PendingText> texts) {
        Set<UUID> fresh = processedEvents.markProcessed(config.topics().extracted(),
                events.stream().map(ExtractedEvent::eventId).toList(),
                events.stream().map(ExtractedEvent::articleId).toList());
        Map<UUID, ExtractionState> current = fresh.isEmpty() ? new HashMap<>() : articles.extractionStatesForUpdate(
                events.stream().filter(event -> fresh.contains(event.eventId())).map(ExtractedEvent::articleId).distinct().toList());
        Map<UUID, ExtractedEvent> stored = new LinkedHashMap<>();
        Map<UUID, String> hashes = new HashMap<>();
        List<Outcome> outcomes = new ArrayList<>(events.size());
        for (ExtractedEvent event : events) {
            Outcome outcome = outcome(event, fresh, current, hashes);
            if (outcome == Outcome.APPLIED) {
                current.put(event.articleId(), current.get(event.articleId()).extracted(event.extractorVersion(),
                        hashes.get(event.eventId())));
                stored.put(event.articleId(), event);
            }
            outcomes.add(logged(outcome, event.eventId(), event.articleId(), event.requestId()));
        }
        if (!stored.isEmpty()) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            List<NewExtraction> extractions = new ArrayList<>(stored.size());
            List<EntityMention> mentions = new ArrayList<>();
            List<CitedSource> sources = new ArrayList<>();
            List<DateMention> dates = new ArrayList<>();
            for (ExtractedEvent event : stored.values()) {
                String tenant = current.get(event.articleId()).tenant();
                extractions.add(new NewExtraction(event.articleId(), event.extractionJson(), hashes.get(event.eventId()),
                        event.extractorVersion(), FoundPublicationDate.of(event.extraction()), now));
                mentions.addAll(mentionsOf(event.articleId(), tenant, event.extraction()));
                sources.addAll(sourcesOf(event.articleId(), tenant, event.extraction()));
                dates.addAll(datesOf(event.articleId(), tenant, event.extraction()));
            }
            articles.storeExtractions(extractions);
            articles.replaceExtractionFacts(stored.keySet(), mentions, sources, dates);
            for (ExtractedEvent event : stored.values()) {
                texts.put(event.articleId(), new PendingText(event.articleId(), event.tenant(),
                        event.extraction().path("text").asText(""), hashes.get(event.eventId())));
            }
            // queued in this transaction: a webhook delivery exists exactly when the extraction was stored
            webhooks.queue(WebhookEvents.EXTRACTED, stored.values().stream().map(event -> new ArticleEvent(event.articleId(),
                    current.get(event.articleId()).tenant(), ArticleStatus.EXTRACTED.name(), event.extractorVersion(), null)).toList());
        }
        return outcomes;
    }

    private Outcome outcome(ExtractedEvent event, Set<UUID> fresh, Map<UUID, ExtractionState> current,
                            Map<UUID, String> hashes) {
        // removed once seen, so that the same event twice in one batch is applied once
        if (!fresh.remove(event.eventId())) {
            return Outcome.DUPLICATE_EVENT;
        }
        ExtractionState article = current.get(event.articleId());
        if (article == null || !article.tenant().equals(event.tenant())) {
            return Outcome.UNKNOWN_ARTICLE;
        }
        if (article.extractorVersion() != null && ExtractorVersion.parse(event.extractorVersion())
                .isOlderThan(ExtractorVersion.parse(article.extractorVersion()))) {
            return Outcome.OLDER_EXTRACTOR;
        }
        String hash = ContentDigest.ofExtraction(event.extractionJson());
        hashes.put(event.eventId(), hash);
        // the same extractor's same document, delivered again under another event id: storing it changes nothing
        if (article.status() == ArticleStatus.EXTRACTED && event.extractorVersion().equals(article.extractorVersion())
                && hash.equals(article.extractionHash())) {
            return Outcome.SAME_EXTRACTION;
        }
        return Outcome.APPLIED;
    }

    @Transactional
    public Outcome recordFailure(ExtractionFailedEvent event) {
        if (!processedEvents.markProcessed(event.eventId(), config.topics().extractionFailed(), event.articleId())) {
            return logged(Outcome.DUPLICATE_EVENT, event.eventId(), event.articleId());
        }
        Article article = articles.findScoped(event.articleId(), event.tenant()).orElse(null);
        if (article == null) {
            return logged(Outcome.UNKNOWN_ARTICLE, event.eventId(), event.articleId());
        }
        // a late failure must not hide an extraction that succeeded
        if (article.status == ArticleStatus.EXTRACTED) {
            return logged(Outcome.EXTRACTION_KEPT, event.eventId(), event.articleId());
        }
        String reason = event.errorClass() + (event.message() == null ? "" : ": " + event.message());
        article.status = ArticleStatus.FAILED;
        article.failureReason = reason.length() > MAX_FAILURE_REASON ? reason.substring(0, MAX_FAILURE_REASON) : reason;
        article.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        webhooks.queue(WebhookEvents.FAILED, List.of(new ArticleEvent(article.id, article.tenant, ArticleStatus.FAILED.name(),
                article.extractorVersion, article.failureReason)));
        return logged(Outcome.APPLIED, event.eventId(), event.articleId());
    }

    private static Outcome logged(Outcome outcome, UUID eventId, UUID articleId) {
        // the normal case logs at debug: a line per stored extraction is a cost at hundreds of articles a second
        if (outcome == Outcome.APPLIED) {
            LOG.debugf("Extraction event %s for article %s: %s", eventId, articleId, outcome);
        } else {
            LOG.infof("Extraction event %s for article %s: %s", eventId, articleId, outcome);
        }
        return outcome;
    }

    private static Outcome logged(Outcome outcome, UUID eventId, UUID articleId, String requestId) {
        if (requestId == null) {
            return logged(outcome, eventId, articleId);
        }
        MDC.put(RequestIdFilter.MDC_KEY, requestId);
        try {
            return logged(outcome, eventId, articleId);
        } finally {
            MDC.remove(RequestIdFilter.MDC_KEY);
        }
    }

    private static List<EntityMention> mentionsOf(UUID articleId, String tenant, JsonNode extraction) {
        List<EntityMention> mentions = new ArrayList<>();
        for (JsonNode entity : extraction.path("entities")) {
            String name = entity.path("name").asText("").strip();
            if (name.isEmpty()) {
                continue;
            }
            EntityMention mention = new EntityMention();
            mention.articleId = articleId;
            mention.tenant = tenant;
            mention.entityRef = entity.hasNonNull("id") ? entity.get("id").asText() : null;
            mention.name = name;
            mention.nameKey = ArticleRepository.searchKey(name);
            mention.type = entity.path("type").asText("OTHER").toUpperCase(Locale.ROOT);
            mention.roles = texts(entity.path("roles"));
            mention.aliases = texts(entity.path("aliases"));
            Set<String> keys = new LinkedHashSet<>();
            keys.add(mention.nameKey);
            mention.aliases.forEach(alias -> keys.add(ArticleRepository.searchKey(alias)));
            // an outlet cited as "AFP" is found under its entity's name too, and the entity under "AFP"
            citedNames(extraction, mention.entityRef).forEach(cited -> keys.add(ArticleRepository.searchKey(cited)));
            mention.searchKeys = List.copyOf(keys);
            mention.mentionCount = entity.path("mentions").size();
            mentions.add(mention);
        }
        return mentions;
    }

    private static List<CitedSource> sourcesOf(UUID articleId, String tenant, JsonNode extraction) {
        List<CitedSource> sources = new ArrayList<>();
        for (JsonNode cited : extraction.path("sources")) {
            String name = cited.path("name").asText("").strip();
            if (name.isEmpty()) {
                continue;
            }
            CitedSource source = new CitedSource();
            source.articleId = articleId;
            source.tenant = tenant;
            source.name = name;
            source.nameKey = ArticleRepository.searchKey(name);
            source.entityRef = cited.hasNonNull("entityId") ? cited.get("entityId").asText() : null;
            source.mentionCount = cited.path("mentions").size();
            sources.add(source);
        }
        return sources;
    }

    /** Each distinct resolved value of the document's dates that covers days; the others (no value, XXXX-05-19) are left out. */
    private static List<DateMention> datesOf(UUID articleId, String tenant, JsonNode extraction) {
        Map<String, DateMention> dates = new LinkedHashMap<>();
        for (JsonNode date : extraction.path("dates")) {
            JsonNode value = date.path("value");
            if (!value.isValueNode() || value.isNull()) {
                continue;
            }
            String text = value.asText().strip();
            MentionedDays.of(text).ifPresent(days -> dates.putIfAbsent(text,
                    new DateMention(articleId, tenant, text, days.start(), days.end())));
        }
        return List.copyOf(dates.values());
    }

    private static List<String> citedNames(JsonNode extraction, String entityRef) {
        List<String> names = new ArrayList<>();
        if (entityRef == null) {
            return names;
        }
        for (JsonNode cited : extraction.path("sources")) {
            String name = cited.path("name").asText("").strip();
            if (!name.isEmpty() && entityRef.equals(cited.path("entityId").asText(null))) {
                names.add(name);
            }
        }
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : array) {
            if (item.isTextual() && !item.asText().isBlank()) {
                values.add(item.asText().strip());
            }
        }
        return values;
    }
}
