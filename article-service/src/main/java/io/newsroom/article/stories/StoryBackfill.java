package io.newsroom.article.stories;

import io.newsroom.article.repository.StorageOutage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Gives a story to the articles extracted before stories existed (V9): an extraction and no story. Runs once in the
 * background at start-up; idempotent, since a grouped article is never picked again and every batch holds its
 * tenant's lock (replicas starting together, or the pipeline storing an extraction meanwhile, group each article once).
 */
@ApplicationScoped
public class StoryBackfill {

    private static final Logger LOG = Logger.getLogger(StoryBackfill.class);
    private static final int BATCH = 200;

    @Inject
    StoryService stories;

    @Inject
    StoriesConfig config;

    private volatile Thread worker;

    void onStart(@Observes StartupEvent event) {
        if (config.backfillOnStart()) {
            worker = Thread.ofPlatform().name("story-backfill").daemon().start(this::backfillUntilDone);
        }
    }

    void onShutdown(@Observes ShutdownEvent event) throws InterruptedException {
        Thread running = worker;
        if (running != null) {
            running.interrupt();
            running.join(Duration.ofSeconds(5));
        }
    }

    private void backfillUntilDone() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                long grouped = backfill();
                if (grouped > 0) {
                    LOG.infof("Stories: %d articles extracted before stories existed were grouped", grouped);
                }
                return;
            } catch (RuntimeException e) {
                if (!StorageOutage.causedBy(e)) {
                    LOG.warnf(e, "Story backfill failed; articles without a story keep none until the next start");
                    return;
                }
                LOG.warnf("Story backfill waits for the database: %s", e);
                try {
                    Thread.sleep(Duration.ofSeconds(5));
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    /** Groups every extracted article that has no story, tenant by tenant, a batch per transaction; returns how many. */
    public long backfill() {
        long grouped = 0;
        List<String> tenants = QuarkusTransaction.requiringNew().call(stories::tenantsWithUngrouped);
        for (String tenant : tenants) {
            UUID after = new UUID(0, 0);
            List<UUID> batch;
            do {
                UUID from = after;
                batch = QuarkusTransaction.requiringNew().call(() -> stories.groupUngrouped(tenant, from, BATCH));
                grouped += batch.size();
                if (!batch.isEmpty()) {
                    after = batch.getLast();
                }
            } while (!batch.isEmpty() && !Thread.currentThread().isInterrupted());
        }
        return grouped;
    }
}
