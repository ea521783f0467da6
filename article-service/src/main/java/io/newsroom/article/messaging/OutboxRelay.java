package io.newsroom.article.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.article.config.ArticleConfig;
import io.newsroom.article.repository.OutboxRepository;
import io.newsroom.article.repository.StorageOutage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RetriableException;
import org.jboss.logging.Logger;

import java.time.Duration;
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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Publishes committed outbox rows to Kafka and marks them sent once the broker acknowledged them, woken by each
 * commit that queued one and by a periodic scan. One worker thread runs the rounds, and each round sends at most the
 * oldest unsent event of each article, so an article's events stay in order.
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

    @Inject
    ObjectMapper mapper;

    /** Rounds one wake-up may run back to back while every batch comes back full. */
    static final int MAX_ROUNDS_PER_WAKE_UP = 100;

    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean stopping;
    private Thread worker;
    private volatile RelayRound lastRound;

    /**
     * Result of one relay round, kept for the readiness check; brokerUnreachable when failures were transient,
     * moreWaiting when it left events for another round (a full batch, or an article's later events held back).
     */
    public record RelayRound(Instant at, int sent, int failed, String error, boolean brokerUnreachable,
                             boolean moreWaiting) {
    }

    void onStart(@Observes StartupEvent event) {
        if (config.outbox().relayEnabled()) {
            worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::relayUntilStopped);
        }
    }

    void onShutdown(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        wakeUps.release();
        if (worker != null) {
            worker.join(Duration.ofSeconds(5));
        }
    }

    /** Wakes the relay once the transaction that queued the event has committed; a rolled-back one wakes nothing. */
    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxEventQueued event) {
        wakeUps.release();
    }

    /** Wakes the relay for events another instance committed (see {@link OutboxNotifications}). */
    void wakeUp() {
        wakeUps.release();
    }

    /**
     * Relays as soon as a commit signals new events, and every relay-interval without a signal: that periodic scan
     * delivers what no signal announced (another instance's rows, rows left by a failed round, a restart).
     */
    private void relayUntilStopped() {
        long interval = config.outbox().relayInterval().toMillis();
        while (!stopping) {
            try {
                wakeUps.tryAcquire(interval, TimeUnit.MILLISECONDS);
                // signals that arrive while a round runs make one more round, not one per signal
                wakeUps.drainPermits();
                if (!stopping && !relayRounds()) {
                    // a broker or database outage: wait a whole interval, whatever the commits say
                    Thread.sleep(interval);
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Rounds until the outbox is drained; false when the database or the broker is unreachable. */
    private boolean relayRounds() {
        try {
            relayWhileMoreWaiting(this::relay, MAX_ROUNDS_PER_WAKE_UP);
            RelayRound round = lastRound;
            return round == null || !round.brokerUnreachable();
        } catch (RuntimeException e) {
            boolean databaseDown = StorageOutage.causedBy(e);
            if (databaseDown) {
                LOG.warnf("Outbox relay waits for the database: %s", e);
            } else {
                LOG.warnf(e, "Outbox relay round failed");
            }
            lastRound = new RelayRound(Instant.now(), 0, 0, e.toString(), !databaseDown, false);
            return false;
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
     * Runs rounds back to back while each one leaves events waiting, at most maxRounds: one batch per wake-up would
     * cap the outbox at batch-size events per relay-interval, and hold an article's second event until the next scan.
     * A round with failures ends the run. Returns the events relayed.
     */
    static int relayWhileMoreWaiting(Supplier<RelayRound> round, int maxRounds) {
        int total = 0;
        for (int rounds = 0; rounds < maxRounds; rounds++) {
            RelayRound played = round.get();
            total += played.sent();
            if (!played.moreWaiting() || played.failed() > 0) {
                break;
            }
        }
        return total;
    }

    /** One round: what the broker acknowledged and whether more events wait. */
    public RelayRound relay() {
        int timeoutSeconds = (int) Math.max(30, config.outbox().sendTimeout().toSeconds() * 3);
        return QuarkusTransaction.requiringNew().timeout(timeoutSeconds).call(this::relayBatch);
    }

    public RelayRound lastRound() {
        return lastRound;
    }

    private RelayRound relayBatch() {
        if (!outbox.tryRelayLock()) {
            // another instance is relaying; its own rounds and scans deliver what waits
            return new RelayRound(Instant.now(), 0, 0, null, false, false);
        }
        List<OutboxEvent> unsent = outbox.unsent(config.outbox().batchSize());
        List<OutboxEvent> batch = oldestPerArticle(unsent);
        boolean moreWaiting = unsent.size() == config.outbox().batchSize() || batch.size() < unsent.size();
        if (batch.isEmpty()) {
            lastRound = new RelayRound(Instant.now(), 0, 0, null, false, false);
            return lastRound;
        }
        Map<UUID, String> contents = outbox.contentsOf(batch.stream().map(event -> event.articleId).toList());
        Map<OutboxEvent, CompletableFuture<RecordMetadata>> inFlight = new LinkedHashMap<>();
        for (OutboxEvent event : batch) {
            String content = contents.get(event.articleId);
            if (content == null) {
                // the article was deleted after its event committed: there is nothing left to extract
                event.sentAt = Instant.now();
                event.lastError = "article deleted before its event was published";
                continue;
            }
            CompletableFuture<RecordMetadata> ack = publisher.publish(event, SubmittedEvent.published(mapper, event.payload, content));
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
        lastRound = new RelayRound(Instant.now(), sent, failed, error, unreachable, moreWaiting);
        if (failed > 0) {
            LOG.warnf("Outbox relay: %d sent, %d not acknowledged (%s); they stay queued", sent, failed, error);
        } else {
            LOG.debugf("Outbox relay: %d sent", sent);
        }
        return lastRound;
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
