package io.newsroom.gateway.admin;

import java.time.Instant;

/**
 * A bulk re-extraction as article-service stores and runs it (its {@code ReextractionJob} view): every gateway
 * replica reads the same jobs, and a job goes on whatever happens to the replica that started it.
 */
public record ReextractionJob(String id, Kind kind, String extractorVersion, String belowVersion, String tenant,
                              Integer maxPerSecond, State state, Long total, long done, long failed, String requestedBy,
                              Instant createdAt, Instant startedAt, Instant finishedAt, String error) {

    /** EXTRACTOR_VERSION: the articles made by one version; OUTDATED: by an older one; ARTICLES: a dead-letter replay. */
    public enum Kind { EXTRACTOR_VERSION, OUTDATED, ARTICLES }

    public enum State {
        QUEUED, RUNNING, COMPLETED, CANCELLED, FAILED;

        public boolean ended() {
            return this == COMPLETED || this == CANCELLED || this == FAILED;
        }
    }

    /** Whole percent of the articles handled (done or failed), 0 while the total is not counted yet. */
    public int percent() {
        if (total == null || total == 0) {
            return state == State.COMPLETED ? 100 : 0;
        }
        return (int) Math.min(100, (done + failed) * 100 / total);
    }
}
