package io.newsroom.article.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.article.Article;
import io.newsroom.article.ArticleStatus;
import io.newsroom.article.CitedSource;
import io.newsroom.article.EntityMention;
import io.newsroom.article.config.ArticleConfig;
import io.newsroom.article.messaging.ExtractedEvent;
import io.newsroom.article.messaging.ExtractionFailedEvent;
import io.newsroom.article.repository.ArticleRepository;
import io.newsroom.article.repository.ProcessedEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
    ObjectMapper mapper;

    @Transactional
    public Outcome recordExtraction(ExtractedEvent event) {
        if (!processedEvents.markProcessed(event.eventId(), config.topics().extracted(), event.articleId())) {
            return logged(Outcome.DUPLICATE_EVENT, event.eventId(), event.articleId());
        }
        Article article = articles.findScoped(event.articleId(), event.tenant()).orElse(null);
        if (article == null) {
            return logged(Outcome.UNKNOWN_ARTICLE, event.eventId(), event.articleId());
        }
        if (article.extractorVersion != null && ExtractorVersion.parse(event.extractorVersion())
                .isOlderThan(ExtractorVersion.parse(article.extractorVersion))) {
            return logged(Outcome.OLDER_EXTRACTOR, event.eventId(), event.articleId());
        }
        if (alreadyStored(article, event)) {
            return logged(Outcome.SAME_EXTRACTION, event.eventId(), event.articleId());
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        article.extraction = event.extraction().toString();
        article.extractorVersion = event.extractorVersion();
        article.status = ArticleStatus.EXTRACTED;
        article.failureReason = null;
        article.extractedAt = now;
        article.updatedAt = now;
        articles.replaceExtractionFacts(article.id, mentionsOf(article, event.extraction()), sourcesOf(article, event.extraction()));
        return logged(Outcome.APPLIED, event.eventId(), event.articleId());
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
        return logged(Outcome.APPLIED, event.eventId(), event.articleId());
    }

    /** The same extractor's same document, delivered again under another event id: storing it changes nothing. */
    private boolean alreadyStored(Article article, ExtractedEvent event) {
        if (article.status != ArticleStatus.EXTRACTED || !event.extractorVersion().equals(article.extractorVersion)
                || article.extraction == null) {
            return false;
        }
        try {
            return mapper.readTree(article.extraction).equals(event.extraction());
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static Outcome logged(Outcome outcome, UUID eventId, UUID articleId) {
        LOG.infof("Extraction event %s for article %s: %s", eventId, articleId, outcome);
        return outcome;
    }

    private static List<EntityMention> mentionsOf(Article article, JsonNode extraction) {
        List<EntityMention> mentions = new ArrayList<>();
        for (JsonNode entity : extraction.path("entities")) {
            String name = entity.path("name").asText("").strip();
            if (name.isEmpty()) {
                continue;
            }
            EntityMention mention = new EntityMention();
            mention.articleId = article.id;
            mention.tenant = article.tenant;
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

    private static List<CitedSource> sourcesOf(Article article, JsonNode extraction) {
        List<CitedSource> sources = new ArrayList<>();
        for (JsonNode cited : extraction.path("sources")) {
            String name = cited.path("name").asText("").strip();
            if (name.isEmpty()) {
                continue;
            }
            CitedSource source = new CitedSource();
            source.articleId = article.id;
            source.tenant = article.tenant;
            source.name = name;
            source.nameKey = ArticleRepository.searchKey(name);
            source.entityRef = cited.hasNonNull("entityId") ? cited.get("entityId").asText() : null;
            source.mentionCount = cited.path("mentions").size();
            sources.add(source);
        }
        return sources;
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
