package io.newsroom.article.admin;

import io.newsroom.article.admin.ReextractionJob.Kind;
import io.newsroom.article.admin.ReextractionJob.State;
import io.newsroom.article.admin.ReextractionJobStore.Replay;
import io.newsroom.article.service.ArticleProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Creates, reads and cancels re-extraction jobs; {@link ReextractionWorker} runs them. Input is checked by the resource. */
@ApplicationScoped
public class ReextractionJobService {

    /** What a dead-letter replay did: its job, the letters it replays and those replayed before. */
    public record ReplayOutcome(ReextractionJob job, List<Replay> replayed, List<Replay> earlier) {
    }

    @Inject
    ReextractionJobStore store;

    /** Versions in use, newest first, with their article counts. */
    @Transactional
    public Map<String, Long> versionsInUse(String tenant) {
        return store.versionsInUse(tenant);
    }

    /** A job over the articles extracted by {@code version}, which must be a version in use (of the tenant, if named). */
    @Transactional
    public ReextractionJob ofVersion(String version, String tenant, Integer maxPerSecond, String requestedBy) {
        Map<String, Long> inUse = store.versionsInUse(tenant);
        if (!inUse.containsKey(version)) {
            throw new ArticleProblem(422, "Extractor version not in use", "extractor version " + version
                    + " made no stored extraction" + (tenant == null ? "" : " of tenant " + tenant) + "; versions in use"
                    + (tenant == null ? "" : " there") + ": " + (inUse.isEmpty() ? "none" : String.join(", ", inUse.keySet())));
        }
        ReextractionJob job = newJob(Kind.EXTRACTOR_VERSION, tenant, maxPerSecond, requestedBy);
        job.extractorVersion = version;
        store.persist(job);
        return job;
    }

    /** A job over the articles extracted by any version older than {@code below} (typically the running one). */
    @Transactional
    public ReextractionJob outdated(String below, String tenant, Integer maxPerSecond, String requestedBy) {
        ReextractionJob job = newJob(Kind.OUTDATED, tenant, maxPerSecond, requestedBy);
        job.belowVersion = below;
        store.persist(job);
        return job;
    }

    /**
     * Replays the dead letters (letter name to article id) not replayed before, as one job over their articles;
     * refused (409) when every one of them was.
     */
    @Transactional
    public ReplayOutcome replay(Map<String, UUID> letters, Integer maxPerSecond, String requestedBy) {
        ReextractionJob job = newJob(Kind.ARTICLES, null, maxPerSecond, requestedBy);
        store.setArticles(job, List.of());
        store.persist(job);
        List<Replay> replayed = store.recordReplays(job.id, letters, job.createdAt);
        List<String> replayedNames = replayed.stream().map(Replay::letter).toList();
        List<Replay> earlier = store.replaysOf(letters.keySet().stream().filter(name -> !replayedNames.contains(name)).toList());
        if (replayed.isEmpty()) {
            throw ArticleProblem.conflict(earlier.stream()
                    .map(replay -> "dead letter " + replay.letter() + " was replayed at " + replay.replayedAt() + " (job " + replay.jobId() + ")")
                    .collect(Collectors.joining("; ")));
        }
        store.setArticles(job, List.copyOf(new LinkedHashSet<>(replayed.stream().map(Replay::articleId).toList())));
        return new ReplayOutcome(job, replayed, earlier);
    }

    @Transactional
    public List<Replay> replaysOf(List<String> letters) {
        return store.replaysOf(letters);
    }

    @Transactional
    public Optional<ReextractionJob> find(UUID id) {
        return store.find(id);
    }

    @Transactional
    public List<ReextractionJob> recent(int limit) {
        return store.recent(limit);
    }

    /** Cancels an open job at once: no batch starts after this commits. Refused (409) when the job has ended. */
    @Transactional
    public ReextractionJob cancel(UUID id) {
        ReextractionJob job = store.lock(id).orElseThrow(() -> ArticleProblem.notFound("no re-extraction job " + id));
        if (job.state.ended()) {
            throw ArticleProblem.conflict("re-extraction job " + id + " has already ended (" + job.state + ")");
        }
        job.end(State.CANCELLED, now());
        return job;
    }

    private static ReextractionJob newJob(Kind kind, String tenant, Integer maxPerSecond, String requestedBy) {
        ReextractionJob job = new ReextractionJob();
        job.id = UUID.randomUUID();
        job.kind = kind;
        job.tenant = tenant;
        job.maxPerSecond = maxPerSecond;
        job.state = State.QUEUED;
        job.requestedBy = requestedBy;
        job.createdAt = now();
        return job;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
