package io.newsroom.article.messaging;

import io.newsroom.article.config.ArticleConfig;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Kafka producer of the outbox relay: waits for all in-sync replicas, never duplicates on retry. */
@ApplicationScoped
public class SubmittedEventPublisher {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    ArticleConfig config;

    private KafkaProducer<String, String> producer;

    /** Completes when the broker acknowledged the record, exceptionally when it did not in time. */
    public CompletableFuture<RecordMetadata> publish(OutboxEvent event, String payload) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic, event.articleId.toString(), payload);
        if (event.requestId != null) {
            record.headers().add(Channels.REQUEST_ID_HEADER, event.requestId.getBytes(StandardCharsets.UTF_8));
        }
        CompletableFuture<RecordMetadata> acknowledged = new CompletableFuture<>();
        try {
            producer().send(record, (metadata, error) -> {
                if (error != null) {
                    acknowledged.completeExceptionally(error);
                } else {
                    acknowledged.complete(metadata);
                }
            });
        } catch (RuntimeException e) {
            acknowledged.completeExceptionally(e);
        }
        return acknowledged;
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(producerProperties(), new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private Map<String, Object> producerProperties() {
        Map<String, Object> properties = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (ProducerConfig.configNames().contains(key)) {
                properties.put(key, value);
            }
        });
        long timeout = config.outbox().sendTimeout().toMillis();
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, "article-service-outbox");
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        // news text compresses about threefold, which keeps large articles under the broker's message size
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.max(1000, timeout / 3));
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.max(1000, timeout / 2));
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.max(timeout, 1000 + 5 + timeout / 2));
        // a poorly compressible article at the content limit, JSON-escaped, must still fit in one request
        properties.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, config.outbox().maxRequestBytes());
        return properties;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
