package io.newsroom.article.admin;

import io.newsroom.article.admin.ReextractionJob.Kind;
import io.newsroom.article.admin.ReextractionJob.State;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "ReextractionJob", description = "A bulk re-extraction, stored in article-service; done and failed count articles")
public record ReextractionJobView(
        UUID id,
        @Schema(description = "EXTRACTOR_VERSION: the articles extracted by extractorVersion; OUTDATED: by a version older "
                + "than belowVersion; ARTICLES: a list of articles (a dead-letter replay)") Kind kind,
        @Schema(nullable = true) String extractorVersion,
        @Schema(nullable = true) String belowVersion,
        @Schema(description = "The one tenant whose articles are re-extracted; null: every tenant", nullable = true) String tenant,
        @Schema(description = "Articles queued per second at most; null: unthrottled", nullable = true) Integer maxPerSecond,
        State state,
        @Schema(description = "Articles the job covers, counted when it starts (null before); at the end, what it went through",
                nullable = true) Long total,
        @Schema(description = "Articles queued for extraction again") long done,
        @Schema(description = "Articles that could not be queued (deleted meanwhile)") long failed,
        @Schema(nullable = true) String requestedBy,
        Instant createdAt,
        @Schema(nullable = true) Instant startedAt,
        @Schema(nullable = true) Instant finishedAt,
        @Schema(nullable = true) String error) {

    static ReextractionJobView of(ReextractionJob job) {
        return new ReextractionJobView(job.id, job.kind, job.extractorVersion, job.belowVersion, job.tenant, job.maxPerSecond,
                job.state, job.total, job.done, job.failed, job.requestedBy, job.createdAt, job.startedAt, job.finishedAt,
                job.error);
    }
}
