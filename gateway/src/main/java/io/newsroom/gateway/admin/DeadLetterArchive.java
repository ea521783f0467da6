package io.newsroom.gateway.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.gateway.client.SuiteKafka;
import io.newsroom.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the dead-letter topic (articles.extraction-failed) from its start: the latest failure of each article, less
 * the letters replayed since (article-service records replays, so every replica leaves out the same ones).
 */
@ApplicationScoped
public class DeadLetterArchive {

    private static final Logger LOG = Logger.getLogger(DeadLetterArchive.class);
    private static final Duration READ_BUDGET = Duration.ofSeconds(15);

    @Inject
    SuiteKafka kafka;

    @Inject
    GatewayConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    ReextractionJobs jobs;

    public record DeadLetter(String articleId, String tenant, String errorClass, String message, Integer attempts,
                             Instant failedAt, String eventId, int partition, long offset) {

        /** The letter's name in replays: its event id, or partition@offset when it has none. */
        @JsonProperty("letter")
        public String letter() {
            return eventId != null && !eventId.isBlank() ? eventId : partition + "@" + offset;
        }
    }

    /**
     * The dead letters still to act on: the latest failure of each article that no admin has replayed since (a letter
     * that fails again after its replay is a new letter and is listed again).
     */
    public List<DeadLetter> outstanding(String authorization, String requestId) {
        return list(authorization, requestId);
    }

    public List<DeadLetter> list() {
        return list(null, null);
    }

    /** The same, asking article-service for the replays with the caller's {@code Authorization} (null: the service account). */
    public List<DeadLetter> list(String authorization, String requestId) {
        List<DeadLetter> latest = latestByArticle();
        Set<String> replayed = jobs.replayed(authorization, requestId, latest.stream().map(DeadLetter::letter).toList());
        return latest.stream().filter(letter -> !replayed.contains(letter.letter())).toList();
    }

    /** The open letter of an article, if it has one. */
    public Optional<DeadLetter> find(String authorization, String requestId, String articleId) {
        return list(authorization, requestId).stream().filter(letter -> letter.articleId().equals(articleId)).findFirst();
    }

    private List<DeadLetter> latestByArticle() {
        String topic = config.admin().deadLetterTopic();
        Map<String, DeadLetter> latestByArticle = new LinkedHashMap<>();
        try (KafkaConsumer<String, String> consumer = kafka.reader()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(READ_BUDGET);
            while (!reachedEnd(consumer, end) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    DeadLetter letter = parse(record);
                    if (letter != null) {
                        latestByArticle.remove(letter.articleId());
                        latestByArticle.put(letter.articleId(), letter);
                    }
                }
            }
        }
        return new ArrayList<>(latestByArticle.values());
    }

    static boolean reachedEnd(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private DeadLetter parse(ConsumerRecord<String, String> record) {
        try {
            JsonNode event = json.readTree(record.value());
            String articleId = text(event, "articleId", record.key());
            if (articleId == null) {
                return null;
            }
            JsonNode attempts = event.get("attempts");
            return new DeadLetter(articleId, text(event, "tenant", null), text(event, "errorClass", null),
                    text(event, "message", text(event, "errorMessage", null)),
                    attempts == null || !attempts.canConvertToInt() ? null : attempts.asInt(),
                    Instant.ofEpochMilli(record.timestamp()), text(event, "eventId", null),
                    record.partition(), record.offset());
        } catch (IOException e) {
            LOG.warnf("dead letter at %s-%d@%d is not JSON; skipped", record.topic(), record.partition(), record.offset());
            return null;
        }
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? fallback : value.asText();
    }
}
