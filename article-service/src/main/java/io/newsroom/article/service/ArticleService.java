package io.newsroom.article.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.article.Article;
import io.newsroom.article.ArticleStatus;
import io.newsroom.article.config.ArticleConfig;
import io.newsroom.article.messaging.OutboxEvent;
import io.newsroom.article.messaging.OutboxEventQueued;
import io.newsroom.article.messaging.OutboxNotifications;
import io.newsroom.article.messaging.SubmittedEvent;
import io.newsroom.article.repository.ArticleCursor;
import io.newsroom.article.repository.ArticleRepository;
import io.newsroom.article.repository.OutboxRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Submission, reading and life cycle of articles; every call is scoped to a tenant (null = all, admins only). */
@ApplicationScoped
public class ArticleService {

    private static final String UNIQUE_VIOLATION = "23505";

    @Inject
    ArticleRepository articles;

    @Inject
    OutboxRepository outbox;

    @Inject
    ObjectMapper mapper;

    @Inject
    OutboxNotifications notifications;

    @Inject
    ArticleConfig config;

    @Inject
    Event<OutboxEventQueued> queued;

    /**
     * Stores the article with its `articles.submitted` event in one transaction, unless the Idempotency-Key,
     * the external id or the content already identify a stored article of the tenant.
     */
    public SubmissionOutcome submit(String tenant, ArticleSubmission submission, String idempotencyKey, String requestId) {
        String requestHash = ContentDigest.ofSubmission(submission);
        String contentHash = ContentDigest.of(submission.content());
        try {
            // most submissions are new: stored at once, and the unique indexes on the tenant's idempotency keys,
            // external ids and content hashes tell the others, which are then looked up (two queries saved per article)
            return QuarkusTransaction.requiringNew().call(() -> storeNew(tenant, submission, idempotencyKey, requestId,
                    requestHash, contentHash));
        } catch (RuntimeException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            return QuarkusTransaction.requiringNew().call(() -> earlierSubmission(tenant, submission, idempotencyKey,
                    requestHash, contentHash).orElseGet(() -> storeNew(tenant, submission, idempotencyKey, requestId,
                    requestHash, contentHash)));
        }
    }

    /** The stored article this submission repeats, if any; a repeat that contradicts the earlier one is refused. */
    private Optional<SubmissionOutcome> earlierSubmission(String tenant, ArticleSubmission submission, String idempotencyKey,
                                                          String requestHash, String contentHash) {
        if (idempotencyKey != null) {
            Optional<Article> earlier = articles.findByIdempotencyKey(tenant, idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get().requestHash.equals(requestHash)) {
                    throw new ArticleProblem(422, "Idempotency-Key reused",
                            "Idempotency-Key '" + idempotencyKey + "' was already used with a different request body");
                }
                return Optional.of(new SubmissionOutcome(earlier.get(), SubmissionOutcome.Kind.REPLAYED));
            }
        }
        if (submission.externalId() != null) {
            Optional<Article> sameExternalId = articles.findByExternalId(tenant, submission.externalId());
            if (sameExternalId.isPresent()) {
                if (!sameExternalId.get().contentHash.equals(contentHash)) {
                    throw ArticleProblem.conflict("externalId '" + submission.externalId()
                            + "' already identifies article " + sameExternalId.get().id + " with different content");
                }
                return Optional.of(new SubmissionOutcome(sameExternalId.get(), SubmissionOutcome.Kind.DUPLICATE));
            }
        }
        return articles.findByContentHash(tenant, contentHash)
                .map(sameContent -> new SubmissionOutcome(sameContent, SubmissionOutcome.Kind.DUPLICATE));
    }

    private SubmissionOutcome storeNew(String tenant, ArticleSubmission submission, String idempotencyKey, String requestId,
                                       String requestHash, String contentHash) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Article article = new Article();
        article.id = UUID.randomUUID();
        article.tenant = tenant;
        article.externalId = submission.externalId();
        article.idempotencyKey = idempotencyKey;
        article.requestHash = requestHash;
        article.content = submission.content();
        article.contentType = submission.contentType().mediaType();
        article.contentHash = contentHash;
        article.sourceUrl = submission.sourceUrl();
        article.publishedAt = submission.publishedAt();
        article.status = ArticleStatus.PENDING;
        article.attempt = 1;
        article.submittedAt = now;
        article.updatedAt = now;
        articles.insertSubmitted(article, submittedEvent(article, requestId, now), notifications.channel(),
                notifications.payload());
        queued.fire(new OutboxEventQueued(article.id));
        return new SubmissionOutcome(article, SubmissionOutcome.Kind.CREATED);
    }

    public Article get(UUID id, String tenant) {
        return articles.findScoped(id, tenant).orElseThrow(() -> notFound(id));
    }

    /** The article, provided it has an extraction to show. */
    public Article extracted(UUID id, String tenant) {
        Article article = get(id, tenant);
        if (article.extraction == null) {
            throw ArticleProblem.conflict("Article " + id + " has no extraction yet (status " + article.status + ")");
        }
        return article;
    }

    public ArticlePage list(ArticleFilter filter, String cursor, int limit) {
        ArticleCursor after = cursor == null ? null : ArticleCursor.decode(cursor)
                .orElseThrow(() -> ArticleProblem.badRequest("cursor is not a cursor returned by this API"));
        List<Article> found = articles.search(filter, after, limit + 1);
        if (found.size() <= limit) {
            return new ArticlePage(found, null);
        }
        List<Article> page = found.subList(0, limit);
        Article last = page.get(limit - 1);
        return new ArticlePage(List.copyOf(page), new ArticleCursor(last.submittedAt, last.id).encode());
    }

    @Transactional
    public void delete(UUID id, String tenant) {
        Article article = get(id, tenant);
        outbox.deleteUnsentOf(article.id);
        articles.delete(article);
    }

    /** Queues the article for extraction again; it stays readable with its previous extraction meanwhile. */
    @Transactional
    public Article reprocess(UUID id, String tenant, String requestId) {
        Article article = get(id, tenant);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        article.attempt++;
        article.status = ArticleStatus.PENDING;
        article.failureReason = null;
        article.updatedAt = now;
        outbox.persist(submittedEvent(article, requestId, now));
        queued.fire(new OutboxEventQueued(article.id));
        notifications.announceQueued();
        return article;
    }

    private OutboxEvent submittedEvent(Article article, String requestId, Instant now) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.articleId = article.id;
        event.topic = config.topics().submitted();
        event.requestId = requestId;
        event.createdAt = now;
        try {
            event.payload = mapper.writeValueAsString(SubmittedEvent.queued(article, event.eventId, requestId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("articles.submitted payload could not be written", e);
        }
        return event;
    }

    private static ArticleProblem notFound(UUID id) {
        return ArticleProblem.notFound("No article " + id);
    }

    private static boolean isUniqueViolation(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
