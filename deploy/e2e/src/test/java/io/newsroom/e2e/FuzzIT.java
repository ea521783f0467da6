package io.newsroom.e2e;

import io.newsroom.e2e.fuzz.FuzzCampaign;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** At least 10,000 malformed or hostile requests: no 5xx, every refusal a problem+json, nothing stored, all healthy. */
@ExtendWith(RunningSuite.class)
class FuzzIT {

    private static final int REQUESTS = Integer.getInteger("e2e.fuzz.requests", 10_000);

    @Test
    void hostileRequestsAreRefusedCleanlyAndStoreNothing() throws InterruptedException {
        FuzzCampaign.Report report = new FuzzCampaign(RunningSuite.ADDRESSES).run(REQUESTS, 4, System.nanoTime());
        System.out.println(FuzzCampaign.render(report));
        assertAll(
                () -> assertTrue(report.sent() >= 10_000 || REQUESTS < 10_000, "fewer than 10,000 requests"),
                () -> assertEquals(0, report.serverErrors(), "responses 5xx"),
                () -> assertEquals(0, report.refusalsNotProblem(), "refusals that are not problem+json"),
                () -> assertEquals(0, report.transportFailures(), "requests without an HTTP answer"),
                () -> assertEquals(0, report.unexpectedlyAccepted(), "malformed requests accepted"),
                () -> assertTrue(report.storedByRun() <= report.acceptedHostile(),
                        "stored " + report.storedByRun() + " rows for " + report.acceptedHostile() + " accepted well-formed submissions"),
                () -> assertEquals(Map.of("article-service", 200, "extraction-service", 200, "gateway", 200), report.healthAfter()));
    }
}
