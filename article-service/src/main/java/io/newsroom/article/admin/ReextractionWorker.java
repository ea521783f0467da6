package io.newsroom.article.admin;

import io.newsroom.article.admin.ReextractionJob.Kind;
import io.newsroom.article.admin.ReextractionJob.State;
import io.newsroom.article.repository.StorageOutage;
import io.newsroom.article.service.ArticleService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Works on re-extraction jobs: claims the oldest open job that no other instance holds, then queues its articles for
 * extraction a batch per transaction (the batch, the job's cursor, its counters and the renewed lease commit
 * together, under the job row's lock), until the job is done, cancelled, or this instance stops. A stopping
 * instance gives its claim back, so another one (or itself, restarted) goes on from the cursor at once; a crashed
 * one's claim runs out after {@code newsroom.admin-jobs.lease}.
 */
@ApplicationScoped
public class ReextractionWorker {

    private static final Logger LOG = Logger.getLogger(ReextractionWorker.class);

    @Inject
    ReextractionJobStore store;

    @Inject
    ArticleService articles;

    @Inject
    AdminJobsConfig config;

    private String workerId;
    private volatile boolean stopping;

    @PostConstruct
    void name() {
        workerId = config.workerId().orElseGet(() -> ProcessHandle.current().pid() + "@" + hostName()
                + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    public String workerId() {
        return workerId;
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Scheduled(every = "${newsroom.admin-jobs.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void work() {
        if (!config.workerEnabled()) {
            return;
        }
        Optional<UUID> claimed;
        while (!stopping && (claimed = claim()).isPresent()) {
            run(claimed.get());
        }
    }

    /** Claims the next job; empty when there is none (or the database does not answer, tried again next round). */
    Optional<UUID> claim() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> store.claimable(workerId, Instant.now()).map(job -> {
                Instant now = Instant.now();
                if (job.state == State.QUEUED) {
                    job.state = State.RUNNING;
                    job.startedAt = now;
                }
                if (job.total == null) {
                    job.total = store.count(job);
                }
                job.claimedBy = workerId;
                job.leaseUntil = now.plus(config.lease());
                LOG.infof("job %s (%s) claimed by %s at %d of %d", job.id, job.kind, workerId, job.done, job.total);
                return job.id;
            }));
        } catch (RuntimeException e) {
            LOG.warnf("no job claimed: %s", e.getMessage());
            return Optional.empty();
        }
    }

    private void run(UUID jobId) {
        while (!stopping) {
            Batch batch;
            try {
                batch = QuarkusTransaction.requiringNew().call(() -> batch(jobId));
            } catch (RuntimeException e) {
                if (StorageOutage.causedBy(e)) {
                    // the claim runs out and the job is taken up again from its cursor
                    LOG.warnf("job %s paused, the database does not answer: %s", jobId, e.getMessage());
                    return;
                }
                LOG.errorf(e, "job %s: batch failed", jobId);
                fail(jobId, e);
                return;
            }
            if (batch.ended()) {
                return;
            }
            pause(batch);
        }
        release(jobId);
    }

    private record Batch(int queued, Integer maxPerSecond, boolean ended) {
    }

    private Batch batch(UUID jobId) {
        Optional<ReextractionJob> locked = store.lock(jobId);
        if (locked.isEmpty() || locked.get().state != State.RUNNING || !workerId.equals(locked.get().claimedBy)) {
            // cancelled, or taken over after this instance's lease ran out
            return new Batch(0, null, true);
        }
        ReextractionJob job = locked.get();
        int size = job.maxPerSecond == null ? config.batchSize() : Math.min(config.batchSize(), job.maxPerSecond);
        List<UUID> ids = store.nextArticles(job, size);
        String requestId = "reextraction-" + job.id;
        for (UUID id : ids) {
            articles.reprocess(id, null, requestId);
        }
        Instant now = Instant.now();
        job.done += ids.size();
        if (!ids.isEmpty()) {
            job.cursor = ids.get(ids.size() - 1);
        }
        if (ids.size() < size) {
            if (job.kind == Kind.ARTICLES) {
                // the articles of the list that no longer exist
                job.failed = job.total - job.done;
            } else {
                // articles re-extracted meanwhile by other means left the selection: the total is what the job went through
                job.total = job.done + job.failed;
            }
            job.end(State.COMPLETED, now);
            LOG.infof("job %s completed: %d queued, %d failed", job.id, job.done, job.failed);
            return new Batch(ids.size(), job.maxPerSecond, true);
        }
        job.leaseUntil = now.plus(config.lease());
        return new Batch(ids.size(), job.maxPerSecond, false);
    }

    private void pause(Batch batch) {
        long millis = batch.maxPerSecond() == null ? 0 : batch.queued() * 1000L / batch.maxPerSecond();
        long until = System.currentTimeMillis() + millis;
        try {
            while (!stopping && System.currentTimeMillis() < until) {
                Thread.sleep(Math.min(100, Math.max(1, until - System.currentTimeMillis())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }

    private void fail(UUID jobId, RuntimeException cause) {
        try {
            QuarkusTransaction.requiringNew().run(() -> store.lock(jobId).ifPresent(job -> {
                if (job.state == State.RUNNING && workerId.equals(job.claimedBy)) {
                    job.error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
                    job.end(State.FAILED, Instant.now());
                }
            }));
        } catch (RuntimeException e) {
            // the database is away: the claim runs out and the job is taken up again from its cursor
            LOG.warnf("job %s left to its lease: %s", jobId, e.getMessage());
        }
    }

    private void release(UUID jobId) {
        try {
            QuarkusTransaction.requiringNew().run(() -> store.lock(jobId).ifPresent(job -> {
                if (job.state == State.RUNNING && workerId.equals(job.claimedBy)) {
                    job.claimedBy = null;
                    job.leaseUntil = null;
                    LOG.infof("job %s released at %d of %d", job.id, job.done, job.total);
                }
            }));
        } catch (RuntimeException e) {
            LOG.warnf("job %s not released (its lease runs out): %s", jobId, e.getMessage());
        }
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }
}
