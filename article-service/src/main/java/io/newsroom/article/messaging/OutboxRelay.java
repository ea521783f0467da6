package io.newsroom.article.messaging;

import io.newsroom.article.config.ArticleConfig;
import io.newsroom.article.repository.OutboxRepository;
import io.newsroom.article.repository.StorageOutage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RetriableException;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntSupplier;

/**
 * Publishes committed outbox rows to Kafka and marks them sent once the broker acknowledged them.
 * Each round sends at most the oldest unsent event of each article, so an article's events stay in order.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    OutboxRepository outbox;

    @Inject
    SubmittedEventPublisher publisher;

    @Inject
    ArticleConfig config;

    /** Rounds one scheduled tick may run back to back while every batch comes back full. */
    static final int MAX_ROUNDS_PER_TICK = 100;

    private volatile RelayRound lastRound;

    /** Result of one relay round, kept for the readiness check; brokerUnreachable when failures were transient. */
    public record RelayRound(Instant at, int sent, int failed, String error, boolean brokerUnreachable) {
    }

    @Scheduled(every = "${newsroom.outbox.relay-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayOnSchedule() {
        if (!config.outbox().relayEnabled()) {
            return;
        }
        try {
            relayWhileFull(this::relay, config.outbox().batchSize(), MAX_ROUNDS_PER_TICK);
        } catch (RuntimeException e) {
            boolean databaseDown = StorageOutage.causedBy(e);
            if (databaseDown) {
                LOG.warnf("Outbox relay waits for the database: %s", e);
            } else {
                LOG.warnf(e, "Outbox relay round failed");
            }
            lastRound = new RelayRound(Instant.now(), 0, 0, e.toString(), !databaseDown);
        }
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeSentEvents() {
        Instant cutoff = Instant.now().minus(config.outbox().retention());
        long purged = QuarkusTransaction.requiringNew().call(() -> outbox.purgeSentBefore(cutoff));
        if (purged > 0) {
            LOG.infof("Purged %d sent outbox events older than %s", purged, cutoff);
        }
    }

    /**
     * Runs rounds back to back while each one relays a full batch (more events are waiting), at most maxRounds:
     * one batch per tick would cap the outbox at batch-size events per relay-interval. Returns the events relayed.
     */
    static int relayWhileFull(IntSupplier round, int batchSize, int maxRounds) {
        int total = 0;
        for (int rounds = 0; rounds < maxRounds; rounds++) {
            int sent = round.getAsInt();
            total += sent;
            if (sent < batchSize) {
                break;
            }
        }
        return total;
    }

    /** One round; returns how many events the broker acknowledged. */
    public int relay() {
        int timeoutSeconds = (int) Math.max(30, config.outbox().sendTimeout().toSeconds() * 3);
        return QuarkusTransaction.requiringNew().timeout(timeoutSeconds).call(this::relayBatch);
    }

    public RelayRound lastRound() {
        return lastRound;
    }

    private int relayBatch() {
        if (!outbox.tryRelayLock()) {
            return 0;
        }
        List<OutboxEvent> batch = oldestPerArticle(outbox.unsent(config.outbox().batchSize()));
        if (batch.isEmpty()) {
            lastRound = new RelayRound(Instant.now(), 0, 0, null, false);
            return 0;
        }
        Map<OutboxEvent, CompletableFuture<RecordMetadata>> inFlight = new LinkedHashMap<>();
        for (OutboxEvent event : batch) {
            CompletableFuture<RecordMetadata> ack = publisher.publish(event);
            inFlight.put(event, ack);
            if (ack.isCompletedExceptionally() && isTransient(ack.exceptionNow())) {
                break; // the broker is unreachable: the rest waits for the next round
            }
        }
        long deadline = System.nanoTime() + config.outbox().sendTimeout().toNanos();
        int sent = 0;
        int failed = 0;
        String error = null;
        boolean unreachable = false;
        for (Map.Entry<OutboxEvent, CompletableFuture<RecordMetadata>> entry : inFlight.entrySet()) {
            OutboxEvent event = entry.getKey();
            try {
                entry.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                event.sentAt = Instant.now();
                event.lastError = null;
                sent++;
            } catch (ExecutionException | TimeoutException e) {
                Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                event.attempts++;
                event.lastError = String.valueOf(cause);
                error = event.lastError;
                unreachable |= isTransient(cause);
                failed++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        lastRound = new RelayRound(Instant.now(), sent, failed, error, unreachable);
        if (failed > 0) {
            LOG.warnf("Outbox relay: %d sent, %d not acknowledged (%s); they stay queued", sent, failed, error);
        } else {
            LOG.debugf("Outbox relay: %d sent", sent);
        }
        return sent;
    }

    /** Broker or network trouble, as opposed to a record the broker will never take (too large, not authorized). */
    private static boolean isTransient(Throwable error) {
        return error instanceof RetriableException || error instanceof TimeoutException;
    }

    private static List<OutboxEvent> oldestPerArticle(List<OutboxEvent> unsentInOrder) {
        Set<UUID> seen = new HashSet<>();
        List<OutboxEvent> oldest = new ArrayList<>();
        for (OutboxEvent event : unsentInOrder) {
            if (seen.add(event.articleId)) {
                oldest.add(event);
            }
        }
        return oldest;
    }
}
