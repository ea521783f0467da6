package io.newsroom.gateway.admin;

import io.newsroom.gateway.client.SuiteKafka;
import io.newsroom.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How far extraction-service's consumer group is behind the submitted articles: end offset minus committed offset. */
@ApplicationScoped
public class ExtractionBacklog {

    private static final long TIMEOUT_SECONDS = 10;

    @Inject
    SuiteKafka kafka;

    @Inject
    GatewayConfig config;

    public record PartitionLag(int partition, long committed, long end, long lag) {
    }

    public record ConsumerLag(String group, String topic, long total, List<PartitionLag> partitions) {
    }

    public ConsumerLag measure() throws ExecutionException, InterruptedException, TimeoutException {
        return measure(config.admin().extractionGroup(), config.admin().submittedTopic());
    }

    /** The lag of article-service's consumer group on the extracted topic. */
    public ConsumerLag measureRecording() throws ExecutionException, InterruptedException, TimeoutException {
        return measure(config.admin().articleGroup(), config.admin().extractedTopic());
    }

    public ConsumerLag measure(String group, String topic) throws ExecutionException, InterruptedException, TimeoutException {
        Admin admin = kafka.admin();
        List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).get(topic).partitions().stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, Long> earliest = offsets(admin, partitions, OffsetSpec.earliest());
        Map<TopicPartition, Long> latest = offsets(admin, partitions, OffsetSpec.latest());
        List<PartitionLag> lags = new ArrayList<>();
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = committed.get(partition);
            // A partition the group never committed on is consumed from its earliest record.
            long position = offset == null ? earliest.get(partition) : offset.offset();
            long end = latest.get(partition);
            lags.add(new PartitionLag(partition.partition(), position, end, Math.max(0, end - position)));
        }
        lags.sort(Comparator.comparingInt(PartitionLag::partition));
        return new ConsumerLag(group, topic, lags.stream().mapToLong(PartitionLag::lag).sum(), lags);
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, List<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result = admin
                .listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(), p -> spec)))
                .all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return result.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }
}
