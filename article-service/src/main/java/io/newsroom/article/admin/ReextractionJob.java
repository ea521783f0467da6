package io.newsroom.article.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** A bulk re-extraction (table reextraction_jobs, V7): what it covers, its state, progress and claim. */
@Entity
@Table(name = "reextraction_jobs")
public class ReextractionJob {

    public enum Kind {
        /** The articles extracted by exactly {@link #extractorVersion}. */
        EXTRACTOR_VERSION,
        /** The articles extracted by a version older than {@link #belowVersion}. */
        OUTDATED,
        /** The articles in {@link #articleIds} (a dead-letter replay). */
        ARTICLES
    }

    public enum State {
        QUEUED, RUNNING, COMPLETED, CANCELLED, FAILED;

        public boolean ended() {
            return this == COMPLETED || this == CANCELLED || this == FAILED;
        }
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "extractor_version")
    public String extractorVersion;

    @Column(name = "below_version")
    public String belowVersion;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "article_ids", columnDefinition = "uuid[]")
    public UUID[] articleIds;

    public String tenant;

    @Column(name = "max_per_second")
    public Integer maxPerSecond;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    public Long total;

    @Column(nullable = false)
    public long done;

    @Column(nullable = false)
    public long failed;

    public UUID cursor;

    @Column(name = "claimed_by")
    public String claimedBy;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "requested_by")
    public String requestedBy;

    public String error;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    void end(State end, Instant now) {
        state = end;
        finishedAt = now;
        claimedBy = null;
        leaseUntil = null;
    }
}
