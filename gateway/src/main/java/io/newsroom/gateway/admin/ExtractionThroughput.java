package io.newsroom.gateway.admin;

import io.newsroom.gateway.client.SuiteKafka;
import io.newsroom.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Extractions per minute over the last hour, counted from the record timestamps of the extracted topic (one record per
 * extraction extraction-service published), read without a consumer group from the first record of the hour.
 */
@ApplicationScoped
public class ExtractionThroughput {

    public static final int MINUTES = 60;
    private static final Duration READ_BUDGET = Duration.ofSeconds(5);

    @Inject
    SuiteKafka kafka;

    @Inject
    GatewayConfig config;

    /**
     * {@code perMinute[i]} counts the extractions of minute {@code i}, 0 the oldest and 59 the current one (which has
     * not ended); {@code complete} is false when the read budget ran out before the end of the topic.
     */
    public record PerMinute(Instant firstMinute, long[] perMinute, long total, boolean complete) {
    }

    public PerMinute lastHour() {
        Instant currentMinute = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        Instant from = currentMinute.minus(MINUTES - 1, ChronoUnit.MINUTES);
        long[] counts = new long[MINUTES];
        long total = 0;
        String topic = config.admin().extractedTopic();
        try (KafkaConsumer<String, String> consumer = kafka.reader()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(partitions.stream()
                    .collect(Collectors.toMap(Function.identity(), p -> from.toEpochMilli())));
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            for (TopicPartition partition : partitions) {
                OffsetAndTimestamp start = starts.get(partition);
                consumer.seek(partition, start == null ? end.get(partition) : start.offset());
            }
            Instant deadline = Instant.now().plus(READ_BUDGET);
            while (!DeadLetterArchive.reachedEnd(consumer, end)) {
                if (Instant.now().isAfter(deadline)) {
                    return new PerMinute(from, counts, total, false);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    long minute = (record.timestamp() - from.toEpochMilli()) / 60_000;
                    if (minute >= 0 && minute < MINUTES) {
                        counts[(int) minute]++;
                        total++;
                    }
                }
            }
        }
        return new PerMinute(from, counts, total, true);
    }
}
