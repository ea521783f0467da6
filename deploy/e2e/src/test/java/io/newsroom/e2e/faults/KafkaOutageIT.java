package io.newsroom.e2e.faults;

import io.newsroom.e2e.RunningSuite;
import io.newsroom.e2e.client.GatewayClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

import static io.newsroom.e2e.RunningSuite.SUITE;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Kafka is stopped while the articles arrive, then restarted: the outbox delivers every one, exactly once. */
@ExtendWith(RunningSuite.class)
class KafkaOutageIT {

    private static final int ARTICLES = Integer.getInteger("e2e.faults.articles", 1000);
    private static final Duration OUTAGE = Duration.ofSeconds(Integer.getInteger("e2e.faults.kafka-outage-seconds", 60));

    @Test
    void articlesSubmittedWhileKafkaIsDownAreAllExtractedExactlyOnce() throws InterruptedException {
        SUITE.stopInfrastructure("kafka");
        IngestionRun run;
        try {
            run = new IngestionRun().start(ARTICLES, OUTAGE.minusSeconds(Math.min(5, OUTAGE.toSeconds() / 4)));
            run.awaitSubmitted(OUTAGE.plusMinutes(5));
            System.out.printf("%d articles submitted with Kafka down, %d refusals on the way%n",
                    run.stored().size(), run.refusals().size());
            GatewayClient.pause(Duration.ofSeconds(5));
        } finally {
            SUITE.startInfrastructure("kafka");
        }
        assertEquals(0, run.refusals().size(), () -> "submissions refused while Kafka was down: " + run.refusals().get(0));
        run.awaitAllExtracted(Duration.ofMinutes(10));
        run.assertExactlyOnce(ARTICLES);
    }
}
