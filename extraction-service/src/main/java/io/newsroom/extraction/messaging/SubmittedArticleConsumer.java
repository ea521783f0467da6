package io.newsroom.extraction.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.extraction.config.ExtractionConfig;
import io.newsroom.extraction.service.ExtractionService;
import io.newsroom.extraction.service.OversizedArticleException;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * Consumes articles.submitted a polled batch at a time and answers each article on articles.extracted, or on
 * articles.extraction-failed once the engine failed {@code maxAttempts} times, the payload is unreadable (a poison
 * message never blocks the partition) or the article is over the size limit. Answers are sent without waiting one
 * by one; the batch is acknowledged only once the broker acknowledged all its answers, so a restart loses nothing.
 * A redelivered event id is skipped. Key = article id; X-Request-Id is carried over.
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
    public CompletionStage<Void> consume(Message<List<String>> batch) {
        List<SubmittedRecord> records = records(batch);
        List<CompletableFuture<Void>> answers = new ArrayList<>(records.size());
        try {
            for (SubmittedRecord record : records) {
                answers.add(handle(record.payload(), record.key(), record.requestId()));
            }
            // the answers were sent one after the other without waiting; the batch is done once the broker has them all
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
            return batch.ack();
        } catch (RuntimeException e) {
            LOG.errorf(e, "could not answer a batch of %d articles; it will be redelivered", records.size());
            return batch.nack(e);
        }
    }

    /** Extracts one article and sends its answer; completes when the broker acknowledged the answer. */
    CompletableFuture<Void> handle(String payload, String key, String requestIdHeader) {
        try {
            return answer(payload, key, requestIdHeader);
        } finally {
            MDC.remove("requestId");
        }
    }

    private CompletableFuture<Void> answer(String payload, String key, String requestIdHeader) {
        SubmittedArticle article;
        try {
            article = SubmittedArticle.parse(mapper, payload);
        } catch (InvalidEventException e) {
            return sendPoison(payload, key, requestIdHeader, e);
        }
        String requestId = requestIdHeader != null ? requestIdHeader : article.requestId();
        if (requestId != null) {
            MDC.put("requestId", requestId);
        }
        if (recentEvents.contains(article.eventId())) {
            LOG.debugf("skipping duplicate event %s of article %s", article.eventId(), article.articleId());
            return CompletableFuture.completedFuture(null);
        }
        return extractWithRetries(article, requestId).thenRun(() -> recentEvents.remember(article.eventId()));
    }

    private CompletableFuture<Void> extractWithRetries(SubmittedArticle article, String requestId) {
        Throwable last = null;
        int attempts = 0;
        while (attempts < config.maxAttempts()) {
            attempts++;
            ExtractionService.Extraction result;
            try {
                result = extraction.extract(article.toRequest(), VIA);
            } catch (OversizedArticleException e) {
                extraction.recordFailure(VIA, e);
                return send(failed, article.articleId(), requestId, ExtractionEvents.failed(article, e, 0));
            } catch (RuntimeException | StackOverflowError e) {
                last = e;
                LOG.warnf(e, "extraction of article %s failed (attempt %d of %d)", article.articleId(), attempts,
                        config.maxAttempts());
                pause();
                continue;
            }
            int attemptsMade = attempts;
            return send(extracted, article.articleId(), requestId,
                    ExtractionEvents.extracted(article, result.json(), result.durationMs()))
                    .exceptionallyCompose(error -> {
                        if (!(cause(error) instanceof RecordTooLargeException tooLarge)) {
                            return CompletableFuture.failedFuture(error);
                        }
                        extraction.recordFailure(VIA, tooLarge);
                        return send(failed, article.articleId(), requestId,
                                ExtractionEvents.failed(article, tooLarge, attemptsMade));
                    });
        }
        return send(failed, article.articleId(), requestId, ExtractionEvents.failed(article, last, attempts));
    }

    private CompletableFuture<Void> sendPoison(String payload, String key, String requestId, InvalidEventException error) {
        String articleId = isUuid(key) ? key : SubmittedArticle.salvage(mapper, payload, "articleId");
        articleId = isUuid(articleId) ? articleId : ExtractionEvents.UNKNOWN_ARTICLE;
        String tenant = Optional.ofNullable(SubmittedArticle.salvage(mapper, payload, "tenant"))
                .filter(t -> !t.isBlank()).orElse(ExtractionEvents.UNKNOWN_TENANT);
        LOG.warnf("unreadable event for key %s sent to the failed topic: %s", key, error.getMessage());
        extraction.recordFailure(VIA, error);
        return send(failed, articleId, requestId,
                ExtractionEvents.poison(articleId, tenant, requestId, error, payload, config.poisonPreviewChars()));
    }

    /** Sends without waiting; the future completes with the broker's acknowledgement. */
    private CompletableFuture<Void> send(MutinyEmitter<String> emitter, String articleId, String requestId, String payload) {
        RecordHeaders headers = new RecordHeaders();
        if (requestId != null) {
            headers.add(Channels.REQUEST_ID_HEADER, requestId.getBytes(StandardCharsets.UTF_8));
        }
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(articleId).withHeaders(headers).build();
        return emitter.sendMessage(Message.of(payload).addMetadata(metadata)).subscribeAsCompletionStage();
    }

    private static Throwable cause(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause.getClass() == RuntimeException.class) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private void pause() {
        try {
            Thread.sleep(config.retryDelay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One record of a polled batch: its payload, key and X-Request-Id header (null outside Kafka). */
    private record SubmittedRecord(String payload, String key, String requestId) {
    }

    private static List<SubmittedRecord> records(Message<List<String>> batch) {
        Optional<IncomingKafkaRecordBatchMetadata<?, ?>> kafka = batch.getMetadata(IncomingKafkaRecordBatchMetadata.class)
                .map(metadata -> (IncomingKafkaRecordBatchMetadata<?, ?>) metadata);
        if (kafka.isEmpty()) {
            return batch.getPayload().stream().map(payload -> new SubmittedRecord(payload, null, null)).toList();
        }
        List<SubmittedRecord> records = new ArrayList<>();
        for (Message<?> message : kafka.get().getBatchedMessages()) {
            Optional<IncomingKafkaRecordMetadata<?, ?>> record = message.getMetadata(IncomingKafkaRecordMetadata.class)
                    .map(metadata -> (IncomingKafkaRecordMetadata<?, ?>) metadata);
            Object key = record.map(metadata -> (Object) metadata.getKey()).orElse(null);
            String requestId = record.map(m -> m.getHeaders().lastHeader(Channels.REQUEST_ID_HEADER))
                    .map(Header::value).map(value -> new String(value, StandardCharsets.UTF_8)).orElse(null);
            records.add(new SubmittedRecord((String) message.getPayload(), key == null ? null : key.toString(), requestId));
        }
        return records;
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
