package io.newsroom.extraction.it;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The real local broker (deploy/local/infra.sh start kafka). Each test run gets topics of its own, so no other
 * consumer or producer on this machine sees or disturbs its records.
 */
final class LocalKafka implements AutoCloseable {

    static final String BOOTSTRAP = System.getenv().getOrDefault("NEWSROOM_KAFKA_BOOTSTRAP", "127.0.0.1:9092");

    final String submitted;
    final String extracted;
    final String failed;
    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> received = new ArrayList<>();

    LocalKafka() throws Exception {
        String run = "it-" + UUID.randomUUID().toString().substring(0, 8);
        submitted = run + ".articles.submitted";
        extracted = run + ".articles.extracted";
        failed = run + ".articles.extraction-failed";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP))) {
            admin.createTopics(List.of(new NewTopic(submitted, 3, (short) 1), new NewTopic(extracted, 3, (short) 1),
                    new NewTopic(failed, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka is not reachable at " + BOOTSTRAP
                    + "; start it with deploy/local/infra.sh start kafka", e);
        }
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000),
                new StringSerializer(), new StringSerializer());
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP,
                ConsumerConfig.GROUP_ID_CONFIG, run + "-reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(extracted, failed));
    }

    void publish(String key, String payload, String requestId) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(submitted, key, payload);
        record.headers().add("X-Request-Id", requestId.getBytes(StandardCharsets.UTF_8));
        producer.send(record).get(30, TimeUnit.SECONDS);
    }

    /** Polls the answer topics until {@code done} holds for what arrived so far, or the time is up. */
    List<ConsumerRecord<String, String>> awaitAnswers(Predicate<List<ConsumerRecord<String, String>>> done,
                                                      Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.test(received) && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(500)).forEach(received::add);
        }
        return List.copyOf(received);
    }

    @Override
    public void close() {
        producer.close();
        consumer.close();
    }
}
