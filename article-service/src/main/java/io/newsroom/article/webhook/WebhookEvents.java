package io.newsroom.article.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Queues a delivery per subscribed endpoint, in the caller's transaction: the rows commit with the stored extraction
 * or failure, or not at all. Sending is the dispatcher's, later.
 */
@ApplicationScoped
public class WebhookEvents {

    public static final String EXTRACTED = "article.extracted";
    public static final String FAILED = "article.failed";
    public static final List<String> TYPES = List.of(EXTRACTED, FAILED);

    /** What happened to an article, as a delivery tells it. */
    public record ArticleEvent(UUID articleId, String tenant, String status, String extractorVersion, String failureReason) {
    }

    @Inject
    WebhookStore store;

    @Inject
    WebhookConfig config;

    @Inject
    ObjectMapper mapper;

    /** Queues deliveries of these events, all of one type; one query finds their endpoints. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String eventType, List<ArticleEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        List<WebhookStore.Endpoint> endpoints = store.subscribers(events.stream().map(ArticleEvent::tenant).distinct().toList(),
                eventType);
        if (endpoints.isEmpty()) {
            return;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (ArticleEvent event : events) {
            for (WebhookStore.Endpoint endpoint : endpoints) {
                if (endpoint.tenant().equals(event.tenant())) {
                    UUID deliveryId = UUID.randomUUID();
                    store.insertDelivery(deliveryId, endpoint, eventType, event.articleId(),
                            payload(deliveryId, eventType, event, now), now);
                }
            }
        }
    }

    private String payload(UUID deliveryId, String eventType, ArticleEvent event, Instant now) {
        ObjectNode body = mapper.createObjectNode();
        body.put("deliveryId", deliveryId.toString());
        body.put("eventType", eventType);
        body.put("occurredAt", now.toString());
        body.put("tenant", event.tenant());
        body.put("articleId", event.articleId().toString());
        body.put("status", event.status());
        body.put("extractorVersion", event.extractorVersion());
        if (event.failureReason() != null) {
            body.put("failureReason", event.failureReason());
        }
        String base = config.publicBaseUrl().replaceAll("/+$", "");
        body.put("link", base + "/api/v1/articles/" + event.articleId());
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
