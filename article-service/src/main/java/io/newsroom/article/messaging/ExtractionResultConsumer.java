package io.newsroom.article.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.article.rest.RequestIdFilter;
import io.newsroom.article.service.ExtractionRecorder;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * Applies extraction results. Unreadable events are logged and skipped; any other failure nacks the record,
 * which stops the channel (readiness goes down) rather than losing a result.
 */
@ApplicationScoped
public class ExtractionResultConsumer {

    private static final Logger LOG = Logger.getLogger(ExtractionResultConsumer.class);

    @Inject
    ObjectMapper mapper;

    @Inject
    ExtractionRecorder recorder;

    @Incoming(Channels.ARTICLES_EXTRACTED)
    @Blocking
    public CompletionStage<Void> onExtracted(Message<String> message) {
        return apply(message, payload -> recorder.recordExtraction(ExtractedEvent.read(mapper, payload)));
    }

    @Incoming(Channels.ARTICLES_EXTRACTION_FAILED)
    @Blocking
    public CompletionStage<Void> onExtractionFailed(Message<String> message) {
        return apply(message, payload -> recorder.recordFailure(ExtractionFailedEvent.read(mapper, payload)));
    }

    private CompletionStage<Void> apply(Message<String> message, Consumer<String> recording) {
        String requestId = requestId(message);
        if (requestId != null) {
            MDC.put(RequestIdFilter.MDC_KEY, requestId);
        }
        try {
            recording.accept(message.getPayload());
            return message.ack();
        } catch (InvalidEventException e) {
            LOG.errorf("Skipping an unusable extraction event: %s", e.getMessage());
            return message.ack();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not store an extraction event");
            return message.nack(e);
        } finally {
            MDC.remove(RequestIdFilter.MDC_KEY);
        }
    }

    private static String requestId(Message<String> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> metadata.getHeaders().lastHeader(Channels.REQUEST_ID_HEADER))
                .map(Header::value)
                .map(value -> new String(value, StandardCharsets.UTF_8))
                .orElse(null);
    }
}
