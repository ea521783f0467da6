package io.newsroom.article.webhook;

import io.newsroom.article.repository.StorageOutage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends due deliveries in the background, off the pipeline: a worker thread claims a batch (SKIP LOCKED plus a
 * lease, so replicas never claim the same row), sends them in parallel on virtual threads, and records each outcome.
 * Everything is in PostgreSQL, so a restart resumes where it stopped; a delivery sent but not recorded (a crash)
 * is sent again after its lease, under the same delivery id (at least once).
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    @Inject
    WebhookStore store;

    @Inject
    WebhookConfig config;

    private volatile boolean stopping;
    private Thread worker;
    private WebhookSender sender;
    private Backoff backoff;

    void onStart(@Observes StartupEvent event) {
        sender = new WebhookSender(new TargetGuard(config.allowInsecureTargets()), config.connectTimeout(),
                config.readTimeout(), config.maxResponseBytes());
        backoff = new Backoff(config.initialBackoff(), config.maxBackoff());
        if (config.dispatcherEnabled()) {
            start();
        }
    }

    void onShutdown(@Observes ShutdownEvent event) throws InterruptedException {
        stop();
    }

    /** Starts the background worker, again after {@link #stop()}: it resumes from what PostgreSQL holds. */
    synchronized void start() {
        if (worker != null) {
            return;
        }
        stopping = false;
        worker = Thread.ofPlatform().name("webhook-dispatcher").daemon().start(this::dispatchUntilStopped);
    }

    /** Stops the background worker; a send it interrupts is recorded as a failed attempt and made again later. */
    synchronized void stop() throws InterruptedException {
        stopping = true;
        if (worker != null) {
            worker.interrupt();
            worker.join(Duration.ofSeconds(5));
            worker = null;
        }
    }

    private void dispatchUntilStopped() {
        long interval = config.pollInterval().toMillis();
        while (!stopping) {
            try {
                int sent = dispatchOnce();
                if (sent < config.batchSize()) {
                    Thread.sleep(interval);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (StorageOutage.causedBy(e)) {
                    LOG.warnf("Webhook dispatcher waits for the database: %s", e);
                } else {
                    LOG.warnf(e, "Webhook dispatch round failed");
                }
                try {
                    Thread.sleep(interval);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    /** One round: claims, sends and records up to batch-size deliveries; returns how many were claimed. */
    public int dispatchOnce() throws InterruptedException {
        Instant now = now();
        List<WebhookStore.Claimed> claimed = QuarkusTransaction.requiringNew()
                .call(() -> store.claimDue(config.batchSize(), now, now.plus(config.claimLease())));
        if (claimed.isEmpty()) {
            return 0;
        }
        try (ExecutorService sends = Executors.newVirtualThreadPerTaskExecutor()) {
            for (WebhookStore.Claimed delivery : claimed) {
                sends.submit(() -> deliver(delivery));
            }
        }
        return claimed.size();
    }

    private void deliver(WebhookStore.Claimed claimed) {
        WebhookStore.Delivery delivery = claimed.delivery();
        WebhookSender.Attempt attempt = sender.send(claimed.url(), claimed.secret(), delivery.id(), delivery.eventType(),
                delivery.payload(), Instant.now().getEpochSecond());
        Instant at = now();
        try {
            QuarkusTransaction.requiringNew().run(() -> record(delivery, attempt, at));
        } catch (RuntimeException e) {
            // the lease runs out and the delivery is sent again, with the same id
            LOG.warnf("Webhook delivery %s: outcome not recorded: %s", delivery.id(), e);
        }
    }

    private void record(WebhookStore.Delivery delivery, WebhookSender.Attempt attempt, Instant at) {
        if (attempt.delivered()) {
            store.markDelivered(delivery.id(), delivery.endpointId(), attempt.status(), at);
            return;
        }
        int failed = delivery.attempts() + 1;
        Instant next = at.plus(backoff.after(failed, ThreadLocalRandom.current()::nextDouble));
        boolean giveUp = next.isAfter(delivery.createdAt().plus(config.maxAge()));
        store.markFailed(delivery.id(), attempt.status(), attempt.error(), at, giveUp ? null : next);
        WebhookStore.Endpoint endpoint = store.countFailure(delivery.endpointId(), at);
        if (endpoint.enabled() && endpoint.consecutiveFailures() >= config.disableAfterFailures()
                && !endpoint.failingSince().plus(config.disableAfter()).isAfter(at)) {
            String reason = "disabled after " + endpoint.consecutiveFailures() + " consecutive failed deliveries since "
                    + endpoint.failingSince() + "; last error: " + attempt.error();
            store.disable(endpoint.id(), reason, at);
            LOG.warnf("Webhook endpoint %s of tenant %s %s", endpoint.id(), endpoint.tenant(), reason);
        }
        LOG.infof("Webhook delivery %s attempt %d failed: %s%s", delivery.id(), failed, attempt.error(),
                giveUp ? " (given up)" : ", next at " + next);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
