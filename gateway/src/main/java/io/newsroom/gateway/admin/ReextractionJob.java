package io.newsroom.gateway.admin;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** A bulk re-extraction running in this gateway replica, with the progress an admin polls. */
public final class ReextractionJob {

    public enum State { RUNNING, COMPLETED, CANCELLED, FAILED }

    public record Progress(String id, String kind, String targetVersion, State state, Long total, long submitted,
                           long failed, Instant startedAt, Instant finishedAt, String error) {
    }

    private final String id;
    private final String kind;
    private final String targetVersion;
    private final Instant startedAt = Instant.now();
    private final AtomicLong submitted = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile Long total;
    private volatile State state = State.RUNNING;
    private volatile Instant finishedAt;
    private volatile String error;
    private volatile boolean cancelRequested;

    ReextractionJob(String id, String kind, String targetVersion) {
        this.id = id;
        this.kind = kind;
        this.targetVersion = targetVersion;
    }

    public String id() {
        return id;
    }

    public Progress progress() {
        return new Progress(id, kind, targetVersion, state, total, submitted.get(), failed.get(), startedAt, finishedAt, error);
    }

    void total(long total) {
        this.total = total;
    }

    void submitted() {
        submitted.incrementAndGet();
    }

    void failed() {
        failed.incrementAndGet();
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    /** Asks the job to stop after the article it is on; returns false when it has already ended. */
    boolean cancel() {
        if (state != State.RUNNING) {
            return false;
        }
        cancelRequested = true;
        return true;
    }

    void finish(State end, String failure) {
        this.error = failure;
        this.finishedAt = Instant.now();
        this.state = end;
    }
}
