package io.newsroom.article.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.RecordTooLargeException;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Stands in for the broker: acknowledges every record at once, except those told to be refused (for good, or as an
 * unreachable broker does), and runs what a test wants to happen while a record is being acknowledged.
 */
@Alternative
@ApplicationScoped
public class RecordingPublisher extends SubmittedEventPublisher {

    public record Published(UUID articleId, String payload) {
    }

    private final List<Published> published = new CopyOnWriteArrayList<>();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final Set<String> unreachableFor = ConcurrentHashMap.newKeySet();
    private final AtomicReference<AcknowledgementHook> onAcknowledgement = new AtomicReference<>();

    private record AcknowledgementHook(String text, Runnable hook) {
    }

    @Override
    public CompletableFuture<RecordMetadata> publish(OutboxEvent event, String payload) {
        if (refused.removeIf(payload::contains)) {
            return CompletableFuture.failedFuture(new RecordTooLargeException("refused once by the test"));
        }
        if (unreachableFor.removeIf(payload::contains)) {
            return CompletableFuture.failedFuture(new NetworkException("broker unreachable, once, for the test"));
        }
        published.add(new Published(event.articleId, payload));
        AcknowledgementHook hook = onAcknowledgement.get();
        if (hook != null && payload.contains(hook.text()) && onAcknowledgement.compareAndSet(hook, null)) {
            hook.hook().run();
        }
        return CompletableFuture.completedFuture(new RecordMetadata(new TopicPartition(event.topic, 0), 0, 0, 0, 0, 0));
    }

    public List<String> payloadsOf(UUID articleId) {
        return published.stream().filter(p -> p.articleId().equals(articleId)).map(Published::payload).toList();
    }

    /** The next record whose payload contains this text meets an unreachable broker (a transient failure). */
    public void unreachableOnceFor(String text) {
        unreachableFor.add(text);
    }

    /**
     * Runs once, when the next record whose payload contains this text is acknowledged: the broker has it, the relay
     * has not marked it sent yet. Keyed by text so that events other tests left unsent in the database never fire it.
     */
    public void onAcknowledgementOf(String text, Runnable hook) {
        onAcknowledgement.set(new AcknowledgementHook(text, hook));
    }

    /** The next record whose payload contains this text is not acknowledged. */
    public void refuseOnce(String text) {
        refused.add(text);
    }
}
