package io.newsroom.extraction.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.extraction.config.ExtractionConfig;
import io.newsroom.extraction.service.ExtractionService;
import io.newsroom.extraction.service.OversizedArticleException;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * Consumes articles.submitted and answers each article on articles.extracted, or on articles.extraction-failed once
 * the engine failed {@code maxAttempts} times, the payload is unreadable (a poison message never blocks the
 * partition) or the article is over the size limit. The record is acknowledged only after the answer is written,
 * so a restart loses nothing; a redelivered event id is skipped. Key = article id; X-Request-Id is carried over.
 */
@ApplicationScoped
public class SubmittedArticleConsumer {

    private static final Logger LOG = Logger.getLogger(SubmittedArticleConsumer.class);
    private static final String VIA = "kafka";

    private final ExtractionService extraction;
    private final ExtractionConfig config;
    private final RecentEvents recentEvents;
    private final ObjectMapper mapper;
    private final MutinyEmitter<String> extracted;
    private final MutinyEmitter<String> failed;

    public SubmittedArticleConsumer(ExtractionService extraction, ExtractionConfig config, RecentEvents recentEvents,
                                    ObjectMapper mapper, @Channel(Channels.EXTRACTED) MutinyEmitter<String> extracted,
                                    @Channel(Channels.EXTRACTION_FAILED) MutinyEmitter<String> failed) {
        this.extraction = extraction;
        this.config = config;
        this.recentEvents = recentEvents;
        this.mapper = mapper;
        this.extracted = extracted;
        this.failed = failed;
    }

    @Incoming(Channels.SUBMITTED)
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        String key = recordKey(message);
        String requestId = requestIdHeader(message);
        try {
            handle(message.getPayload(), key, requestId);
            return message.ack();
        } catch (RuntimeException e) {
            LOG.errorf(e, "could not answer the article of record key %s; it will be redelivered", key);
            return message.nack(e);
        } finally {
            MDC.remove("requestId");
        }
    }

    void handle(String payload, String key, String requestIdHeader) {
        SubmittedArticle article;
        try {
            article = SubmittedArticle.parse(mapper, payload);
        } catch (InvalidEventException e) {
            sendPoison(payload, key, requestIdHeader, e);
            return;
        }
        String requestId = requestIdHeader != null ? requestIdHeader : article.requestId();
        if (requestId != null) {
            MDC.put("requestId", requestId);
        }
        if (recentEvents.contains(article.eventId())) {
            LOG.debugf("skipping duplicate event %s of article %s", article.eventId(), article.articleId());
            return;
        }
        extractWithRetries(article, requestId);
        recentEvents.remember(article.eventId());
    }

    private void extractWithRetries(SubmittedArticle article, String requestId) {
        Throwable last = null;
        int attempts = 0;
        while (attempts < config.maxAttempts()) {
            attempts++;
            ExtractionService.Extraction result;
            try {
                result = extraction.extract(article.toRequest(), VIA);
            } catch (OversizedArticleException e) {
                extraction.recordFailure(VIA, e);
                send(failed, article.articleId(), requestId, ExtractionEvents.failed(article, e, 0));
                return;
            } catch (RuntimeException | StackOverflowError e) {
                last = e;
                LOG.warnf(e, "extraction of article %s failed (attempt %d of %d)", article.articleId(), attempts,
                        config.maxAttempts());
                pause();
                continue;
            }
            try {
                send(extracted, article.articleId(), requestId,
                        ExtractionEvents.extracted(article, result.json(), result.durationMs()));
            } catch (RecordTooLargeException e) {
                extraction.recordFailure(VIA, e);
                send(failed, article.articleId(), requestId, ExtractionEvents.failed(article, e, attempts));
            }
            return;
        }
        send(failed, article.articleId(), requestId, ExtractionEvents.failed(article, last, attempts));
    }

    private void sendPoison(String payload, String key, String requestId, InvalidEventException error) {
        String articleId = isUuid(key) ? key : SubmittedArticle.salvage(mapper, payload, "articleId");
        articleId = isUuid(articleId) ? articleId : ExtractionEvents.UNKNOWN_ARTICLE;
        String tenant = Optional.ofNullable(SubmittedArticle.salvage(mapper, payload, "tenant"))
                .filter(t -> !t.isBlank()).orElse(ExtractionEvents.UNKNOWN_TENANT);
        LOG.warnf("unreadable event for key %s sent to the failed topic: %s", key, error.getMessage());
        extraction.recordFailure(VIA, error);
        send(failed, articleId, requestId,
                ExtractionEvents.poison(articleId, tenant, requestId, error, payload, config.poisonPreviewChars()));
    }

    /** Sends and waits for the broker's acknowledgement; the incoming record is acknowledged only after it. */
    private void send(MutinyEmitter<String> emitter, String articleId, String requestId, String payload) {
        RecordHeaders headers = new RecordHeaders();
        if (requestId != null) {
            headers.add(Channels.REQUEST_ID_HEADER, requestId.getBytes(StandardCharsets.UTF_8));
        }
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(articleId).withHeaders(headers).build();
        try {
            emitter.sendMessage(Message.of(payload).addMetadata(metadata)).await().indefinitely();
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof RecordTooLargeException tooLarge) {
                throw tooLarge;
            }
            throw e;
        }
    }

    private void pause() {
        try {
            Thread.sleep(config.retryDelay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String recordKey(Message<String> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> m.getKey() == null ? null : m.getKey().toString()).orElse(null);
    }

    private static String requestIdHeader(Message<String> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> m.getHeaders().lastHeader(Channels.REQUEST_ID_HEADER))
                .map(Header::value)
                .map(value -> new String(value, StandardCharsets.UTF_8))
                .orElse(null);
    }

    private static boolean isUuid(String value) {
        if (value == null) {
            return false;
        }
        try {
            UUID.fromString(value);
            return value.length() == 36;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
