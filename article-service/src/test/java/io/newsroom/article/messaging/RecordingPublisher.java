package io.newsroom.article.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordTooLargeException;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Stands in for the broker: acknowledges every record at once, except those of articles told to be refused. */
@Alternative
@ApplicationScoped
public class RecordingPublisher extends SubmittedEventPublisher {

    public record Published(UUID articleId, String payload) {
    }

    private final List<Published> published = new CopyOnWriteArrayList<>();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();

    @Override
    public CompletableFuture<RecordMetadata> publish(OutboxEvent event, String payload) {
        if (refused.removeIf(payload::contains)) {
            return CompletableFuture.failedFuture(new RecordTooLargeException("refused once by the test"));
        }
        published.add(new Published(event.articleId, payload));
        return CompletableFuture.completedFuture(new RecordMetadata(new TopicPartition(event.topic, 0), 0, 0, 0, 0, 0));
    }

    public List<String> payloadsOf(UUID articleId) {
        return published.stream().filter(p -> p.articleId().equals(articleId)).map(Published::payload).toList();
    }

    /** The next record whose payload contains this text is not acknowledged. */
    public void refuseOnce(String text) {
        refused.add(text);
    }
}
