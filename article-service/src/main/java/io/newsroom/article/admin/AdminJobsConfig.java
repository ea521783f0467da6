package io.newsroom.article.admin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** How this instance works on re-extraction jobs ({@code newsroom.admin-jobs.*}). */
@ConfigMapping(prefix = "newsroom.admin-jobs")
public interface AdminJobsConfig {

    /** Whether this instance works on jobs at all (they are created and read either way). */
    @WithDefault("true")
    boolean workerEnabled();

    /** How often an idle instance looks for a job to claim (also read by the @Scheduled trigger). */
    @WithDefault("1s")
    Duration pollInterval();

    /** Articles queued for extraction per transaction. */
    @WithDefault("100")
    int batchSize();

    /** How long a claim holds without a finished batch; then another instance may take the job over. */
    @WithDefault("30s")
    Duration lease();

    /** This instance's name in claims; default host name, process id and a random suffix. */
    Optional<String> workerId();
}
