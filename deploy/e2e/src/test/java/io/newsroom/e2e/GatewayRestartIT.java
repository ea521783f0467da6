package io.newsroom.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.e2e.client.ApiResponse;
import io.newsroom.e2e.client.GatewayClient;
import io.newsroom.e2e.client.OnboardedPartner;
import io.newsroom.e2e.client.TokenSource.Partner;
import io.newsroom.e2e.local.LocalSuite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import static io.newsroom.e2e.RunningSuite.GATEWAY;
import static io.newsroom.e2e.RunningSuite.SUITE;
import static io.newsroom.e2e.RunningSuite.TOKENS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Re-extraction jobs live in PostgreSQL behind article-service, not in a gateway replica: a job started through one
 * gateway is seen the same through a second replica (deploy/local/services.sh's gateway-2), goes on while the first
 * is stopped, and its progress is there again through the first once it is started again.
 */
@ExtendWith(RunningSuite.class)
class GatewayRestartIT {

    // at one article a second the job outlasts a gateway restart
    private static final int ARTICLES = 20;
    private static final Duration WAIT = ExtractedArticles.WAIT;
    private static final String SECOND = "gateway-2";
    private static final GatewayClient SECOND_GATEWAY = new GatewayClient(
            "http://127.0.0.1:" + System.getProperty("e2e.gateway-2.port", "8090"), TOKENS);

    private static OnboardedPartner partner;

    @BeforeAll
    static void onboard() {
        assumeTrue(SUITE.runtime() == LocalSuite.ServiceRuntime.PROCESSES,
                "the gateway restart runs against the suite as processes (services.sh), not containers");
        partner = OnboardedPartner.create(GATEWAY, "restart", "GatewayRestartIT");
    }

    @AfterAll
    static void cleanUp() {
        if (SUITE.serviceUp(SECOND)) {
            SUITE.stopServices(SECOND);
        }
        if (partner != null) {
            partner.delete(GATEWAY);
        }
    }

    @Test
    void aJobGoesOnThroughAGatewayRestartAndBothReplicasShowIt() {
        String token = partner.token(TOKENS);
        List<String> ids = ExtractedArticles.submit(token, ARTICLES);
        String version = GATEWAY.getWithToken(token, "/api/v1/articles/" + ids.get(0) + "/extraction").json()
                .path("extractorVersion").asText();
        SUITE.startServices(SECOND);

        ApiResponse started = GATEWAY.post(Partner.ADMIN, "/admin/v1/reextractions", "{\"extractorVersion\":\"" + version
                + "\",\"tenant\":\"" + partner.tenant() + "\",\"maxPerSecond\":1}");
        assertEquals(202, started.status(), started::toString);
        String job = "/admin/v1/reextractions/" + started.json().path("id").asText();
        JsonNode running = await(GATEWAY, job, p -> p.path("state").asText().equals("RUNNING") && p.path("done").asLong() > 0);
        JsonNode seenBySecond = progress(SECOND_GATEWAY, job);
        assertEquals(running.path("id"), seenBySecond.path("id"), seenBySecond::toString);
        assertEquals(ARTICLES, seenBySecond.path("total").asLong(), seenBySecond::toString);

        JsonNode beforeStop = progress(GATEWAY, job);
        assertTrue(beforeStop.path("done").asLong() < ARTICLES, "the job ended before the restart: " + beforeStop);
        SUITE.stopServices("gateway");
        try {
            long doneAtStop = beforeStop.path("done").asLong();
            JsonNode duringOutage = await(SECOND_GATEWAY, job, p -> p.path("done").asLong() > doneAtStop);
            System.out.printf("gateway restart: job at %d of %d when the gateway stopped, %d (%s) seen through gateway-2 while it was down%n",
                    doneAtStop, ARTICLES, duringOutage.path("done").asLong(), duringOutage.path("state").asText());
        } finally {
            SUITE.startServices("gateway");
        }
        JsonNode afterRestart = progress(GATEWAY, job);
        System.out.printf("gateway restart: %d of %d (%s) through the restarted gateway%n",
                afterRestart.path("done").asLong(), ARTICLES, afterRestart.path("state").asText());
        assertTrue(afterRestart.path("done").asLong() > beforeStop.path("done").asLong(), afterRestart::toString);

        JsonNode completed = await(GATEWAY, job, p -> p.path("state").asText().equals("COMPLETED"));
        assertEquals(ARTICLES, completed.path("done").asLong(), completed::toString);
        assertEquals(ARTICLES, completed.path("total").asLong(), completed::toString);
        assertEquals(0, completed.path("failed").asLong(), completed::toString);
        assertEquals(completed, progress(SECOND_GATEWAY, job), "both replicas show the same job");
        boolean listed = false;
        for (JsonNode listedJob : GATEWAY.get(Partner.ADMIN, "/admin/v1/reextractions").json()) {
            listed |= listedJob.path("id").equals(completed.path("id"));
        }
        assertTrue(listed, "the job is in the history after the restart");
    }

    private static JsonNode progress(GatewayClient gateway, String job) {
        ApiResponse polled = gateway.get(Partner.ADMIN, job);
        assertEquals(200, polled.status(), () -> gateway.base() + job + ": " + polled);
        return polled.json();
    }

    private static JsonNode await(GatewayClient gateway, String job, Predicate<JsonNode> reached) {
        Instant deadline = Instant.now().plus(WAIT);
        JsonNode progress = progress(gateway, job);
        while (!reached.test(progress)) {
            assertTrue(Instant.now().isBefore(deadline), "job not there after " + WAIT + ": " + progress);
            GatewayClient.pause(Duration.ofMillis(250));
            progress = progress(gateway, job);
        }
        return progress;
    }
}
