package io.newsroom.gateway.admin;

import io.newsroom.gateway.client.ArticleAdminClient;
import io.newsroom.gateway.client.ArticleAdminClient.ArticlePage;
import io.newsroom.gateway.client.ArticleAdminClient.ArticleSummary;
import io.newsroom.gateway.config.GatewayConfig;
import io.quarkus.oidc.client.OidcClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs bulk re-extractions in the background. Jobs outlive the admin's request (and token), so they call
 * article-service with the gateway's own service account (realm role admin). Jobs live in this replica's memory.
 */
@ApplicationScoped
public class ReextractionJobs {

    private static final Logger LOG = Logger.getLogger(ReextractionJobs.class);
    private static final Duration TOKEN_WAIT = Duration.ofSeconds(10);

    @Inject
    @RestClient
    ArticleAdminClient articles;

    @Inject
    OidcClient serviceAccount;

    @Inject
    GatewayConfig config;

    private final Map<String, ReextractionJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> new Thread(r, "reextraction-jobs"));

    @PreDestroy
    void stop() {
        jobs.values().forEach(ReextractionJob::cancel);
        runner.shutdownNow();
    }

    /** Re-extracts every article whose extraction was made by a version older than {@code runningVersion}. */
    public ReextractionJob startOutdated(String runningVersion) {
        ReextractionJob job = register("outdated-extractions", runningVersion);
        runner.submit(() -> run(job, () -> {
            String cursor = null;
            do {
                ArticlePage page = articles.articles(bearer(), job.id(), runningVersion, cursor, config.admin().pageSize());
                if (cursor == null && page.total() != null) {
                    job.total(page.total());
                }
                if (!reprocessAll(job, page.items().stream().map(ArticleSummary::id).toList())) {
                    return;
                }
                cursor = page.next();
            } while (cursor != null);
        }));
        return job;
    }

    /** Replays the given dead letters by re-extracting their articles. */
    public ReextractionJob startReplay(List<String> articleIds) {
        ReextractionJob job = register("dead-letter-replay", null);
        job.total(articleIds.size());
        runner.submit(() -> run(job, () -> reprocessAll(job, articleIds)));
        return job;
    }

    /** Re-extracts one article now, on behalf of the calling admin (with their token). */
    public void reextractNow(String authorization, String requestId, String articleId) {
        try (var response = articles.reprocess(authorization, requestId, articleId)) {
            LOG.infof("article %s sent to re-extraction (status %d)", articleId, response.getStatus());
        }
    }

    public Optional<ReextractionJob> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    public Collection<ReextractionJob> all() {
        return jobs.values();
    }

    private ReextractionJob register(String kind, String version) {
        ReextractionJob job = new ReextractionJob(UUID.randomUUID().toString(), kind, version);
        jobs.put(job.id(), job);
        return job;
    }

    private boolean reprocessAll(ReextractionJob job, List<String> articleIds) {
        String token = bearer();
        for (String id : articleIds) {
            if (job.cancelRequested()) {
                return false;
            }
            try (var response = articles.reprocess(token, job.id(), id)) {
                job.submitted();
            } catch (RuntimeException e) {
                LOG.warnf("job %s: article %s not re-extracted: %s", job.id(), id, e.getMessage());
                job.failed();
            }
        }
        return !job.cancelRequested();
    }

    private void run(ReextractionJob job, Runnable work) {
        try {
            work.run();
            job.finish(job.cancelRequested() ? ReextractionJob.State.CANCELLED : ReextractionJob.State.COMPLETED, null);
        } catch (RuntimeException e) {
            LOG.errorf(e, "job %s failed", job.id());
            job.finish(ReextractionJob.State.FAILED, e.getMessage());
        }
    }

    private String bearer() {
        return "Bearer " + serviceAccount.getTokens().await().atMost(TOKEN_WAIT).getAccessToken();
    }
}
