package io.newsroom.e2e.faults;

import io.newsroom.e2e.RunningSuite;
import io.newsroom.e2e.client.GatewayClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;

import static io.newsroom.e2e.RunningSuite.SUITE;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** extraction-service dies by SIGKILL in the middle of a stream of articles; after its restart none is lost or doubled. */
@ExtendWith(RunningSuite.class)
class ExtractionServiceKillIT {

    private static final int ARTICLES = Integer.getInteger("e2e.faults.articles", 1000);

    @Test
    void everyArticleIsExtractedExactlyOnceAcrossAKill() throws InterruptedException {
        IngestionRun run = new IngestionRun().start(ARTICLES, Duration.ofSeconds(Math.max(10, ARTICLES / 40)));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (run.extracted() < Math.max(5, ARTICLES / 5) && Instant.now().isBefore(deadline)) {
            GatewayClient.pause(Duration.ofMillis(200));
        }
        long before = run.extracted();
        assertTrue(before > 0, "nothing extracted before the kill: is extraction-service consuming?");
        System.out.printf("SIGKILL extraction-service (pid %d) after %d of %d articles extracted%n",
                SUITE.pid("extraction-service"), before, ARTICLES);
        SUITE.kill("extraction-service");
        GatewayClient.pause(Duration.ofSeconds(3));
        SUITE.startServices("extraction-service");

        run.awaitSubmitted(Duration.ofMinutes(5));
        run.awaitAllExtracted(Duration.ofMinutes(10));
        run.assertExactlyOnce(ARTICLES);
    }
}
