package io.newsroom.article.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.article.config.ArticleConfig;
import io.newsroom.article.repository.StorageOutage;
import io.newsroom.article.rest.RequestIdFilter;
import io.newsroom.article.service.ExtractionRecorder;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Applies extraction results in order: articles.extracted a polled batch at a time, in one transaction, and
 * articles.extraction-failed one record at a time. A batch or record is acknowledged only once stored: while the
 * database is unreachable it is tried again with a growing pause, and consumption resumes by itself when the
 * database is back. Unreadable events, and events the database keeps refusing for another reason, are logged,
 * counted and skipped.
 */
@ApplicationScoped
public class ExtractionResultConsumer {

    private static final Logger LOG = Logger.getLogger(ExtractionResultConsumer.class);
    public static final String RETRIES = "newsroom.extraction.results.retries";
    public static final String SKIPPED = "newsroom.extraction.results.skipped";

    @Inject
    ObjectMapper mapper;

    @Inject
    ExtractionRecorder recorder;

    @Inject
    ArticleConfig config;

    @Inject
    MeterRegistry meters;

    private final CountDownLatch stopping = new CountDownLatch(1);

    void onShutdown(@Observes ShutdownEvent event) {
        stopping.countDown();
    }

    @Incoming(Channels.ARTICLES_EXTRACTED)
    @Blocking
    public CompletionStage<Void> onExtracted(Message<List<String>> batch) {
        String channel = Channels.ARTICLES_EXTRACTED;
        List<ExtractedEvent> events = new ArrayList<>(batch.getPayload().size());
        for (String payload : batch.getPayload()) {
            try {
                events.add(ExtractedEvent.read(mapper, payload));
            } catch (InvalidEventException e) {
                skipUnreadable(channel, e);
            }
        }
        try {
            try {
                storeUntilDone(channel, () -> recorder.recordExtractions(events));
            } catch (UnstorableEventException e) {
                // one event the database keeps refusing must not cost the others: store them one by one
                LOG.warnf("A batch of %d extraction events could not be stored together; storing them one by one", events.size());
                for (ExtractedEvent event : events) {
                    try {
                        storeUntilDone(channel, () -> recorder.recordExtraction(event));
                    } catch (UnstorableEventException refused) {
                        skipUnstorable(channel, refused);
                    }
                }
            }
            return batch.ack();
        } catch (ShuttingDownException e) {
            // not acknowledged, so the batch is delivered again after the restart
            LOG.warnf("Stopping before a batch of extraction events on %s could be stored: %s", channel, e.getCause());
            return batch.nack(e.getCause());
        }
    }

    @Incoming(Channels.ARTICLES_EXTRACTION_FAILED)
    @Blocking
    public CompletionStage<Void> onExtractionFailed(Message<String> message) {
        return apply(Channels.ARTICLES_EXTRACTION_FAILED, message,
                payload -> recorder.recordFailure(ExtractionFailedEvent.read(mapper, payload)));
    }

    private CompletionStage<Void> apply(String channel, Message<String> message, Consumer<String> recording) {
        String requestId = requestId(message);
        if (requestId != null) {
            MDC.put(RequestIdFilter.MDC_KEY, requestId);
        }
        try {
            storeUntilDone(channel, () -> recording.accept(message.getPayload()));
            return message.ack();
        } catch (InvalidEventException e) {
            skipUnreadable(channel, e);
            return message.ack();
        } catch (UnstorableEventException e) {
            skipUnstorable(channel, e);
            return message.ack();
        } catch (ShuttingDownException e) {
            // not acknowledged, so the record is delivered again after the restart
            LOG.warnf("Stopping before an extraction event on %s could be stored: %s", channel, e.getCause());
            return message.nack(e.getCause());
        } finally {
            MDC.remove(RequestIdFilter.MDC_KEY);
        }
    }

    private void skipUnreadable(String channel, InvalidEventException error) {
        LOG.errorf("Skipping an unusable extraction event on %s: %s", channel, error.getMessage());
        meters.counter(SKIPPED, "channel", channel, "reason", "unreadable").increment();
    }

    private void skipUnstorable(String channel, UnstorableEventException error) {
        LOG.errorf(error.getCause(), "Skipping an extraction event on %s that could not be stored in %d attempts",
                channel, config.results().maxAttempts());
        meters.counter(SKIPPED, "channel", channel, "reason", "unstorable").increment();
    }

    private void storeUntilDone(String channel, Runnable recording) {
        ArticleConfig.Results policy = config.results();
        Duration delay = policy.retryDelay();
        for (int attempt = 1; ; attempt++) {
            try {
                recording.run();
                return;
            } catch (InvalidEventException e) {
                throw e;
            } catch (RuntimeException e) {
                boolean outage = StorageOutage.worthRetrying(e);
                if (!outage && attempt >= policy.maxAttempts()) {
                    throw new UnstorableEventException(e);
                }
                if (outage) {
                    LOG.warnf("Database unavailable while storing an extraction event on %s (attempt %d), retrying in %d ms: %s",
                            channel, attempt, delay.toMillis(), e);
                } else {
                    LOG.warnf(e, "Could not store an extraction event on %s (attempt %d of %d), retrying in %d ms",
                            channel, attempt, policy.maxAttempts(), delay.toMillis());
                }
                meters.counter(RETRIES, "channel", channel).increment();
                pause(delay, e);
                delay = min(delay.multipliedBy(2), policy.maxRetryDelay());
            }
        }
    }

    private void pause(Duration delay, RuntimeException failure) {
        try {
            if (stopping.await(delay.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ShuttingDownException(failure);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShuttingDownException(failure);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String requestId(Message<String> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> metadata.getHeaders().lastHeader(Channels.REQUEST_ID_HEADER))
                .map(Header::value)
                .map(value -> new String(value, StandardCharsets.UTF_8))
                .orElse(null);
    }

    private static final class UnstorableEventException extends RuntimeException {
        UnstorableEventException(Throwable cause) {
            super(cause);
        }
    }

    private static final class ShuttingDownException extends RuntimeException {
        ShuttingDownException(Throwable cause) {
            super(cause);
        }
    }
}
