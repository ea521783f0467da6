package io.newsroom.gateway.quota;

import io.newsroom.gateway.config.GatewayConfig;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplicaLeasesTest {

    private static final long WINDOW = 100_000_000L;
    private final AtomicLong nanos = new AtomicLong(5_000_000_000L);
    private final ReplicaLeases leases = new ReplicaLeases(WINDOW, 10, nanos::get);

    @Test
    void aLeaseIsTheRefillOfOneWindowWithinItsBounds() {
        assertEquals(10, leases.size(limit(200, 100)), "partner: 100/s over 100 ms");
        assertEquals(2, leases.size(limit(50, 20)), "reader: 20/s over 100 ms");
        assertEquals(1, leases.size(limit(20, 5)), "a slow client asks Redis for every request");
        assertEquals(1, leases.size(limit(3, 0.5)));
        assertEquals(10, leases.size(limit(100_000_000, 100_000_000)), "never more than max-lease");
        assertEquals(3, leases.size(limit(30, 1000)), "never more than a tenth of the bucket");
    }

    @Test
    void theTokensOfALeaseAreSpentOneByOneThenRedisDecidesAgain() {
        GatewayConfig.Limit limit = limit(200, 100);
        assertNull(leases.take("acme", limit), "no lease before the first grant");
        leases.open("acme", 10, 150, 500);

        for (int spent = 1; spent <= 9; spent++) {
            QuotaDecision decision = leases.take("acme", limit);
            assertNotNull(decision, "token " + spent + " of the lease");
            assertTrue(decision.allowed());
            assertEquals(150 + 9 - spent, decision.remaining(), "what is left here and in the shared bucket");
            assertEquals(200, decision.limit());
        }
        assertNull(leases.take("acme", limit), "the lease is spent");
        assertNull(leases.take("globex", limit), "leases are per client");
    }

    @Test
    void whatIsNotSpentWithinTheWindowGoesBackToTheSharedBucketOnce() {
        GatewayConfig.Limit limit = limit(200, 100);
        leases.open("acme", 10, 150, 500);
        assertNotNull(leases.take("acme", limit));
        assertNotNull(leases.take("acme", limit));
        nanos.addAndGet(WINDOW);
        assertNull(leases.take("acme", limit), "the window has closed");
        assertEquals(7, leases.close("acme"), "9 leased beyond the first request, 2 spent");
        assertEquals(0, leases.close("acme"), "given back once only");
        assertNull(leases.take("acme", limit));
    }

    @Test
    void closingASpentLeaseGivesNothingBack() {
        GatewayConfig.Limit limit = limit(200, 100);
        leases.open("acme", 3, 150, 500);
        assertNotNull(leases.take("acme", limit));
        assertNotNull(leases.take("acme", limit));
        assertNull(leases.take("acme", limit));
        assertEquals(0, leases.close("acme"));
        assertEquals(0, leases.close("globex"), "no lease, nothing to give back");
    }

    @Test
    void twoGrantsThatRacedToRedisKeepTheTokensOfBoth() {
        GatewayConfig.Limit limit = limit(200, 100);
        leases.open("acme", 10, 150, 500);
        assertNotNull(leases.take("acme", limit));
        // a second request found no lease while the first grant was on its way, and got one of its own
        leases.open("acme", 10, 140, 600);
        int spendable = 0;
        while (leases.take("acme", limit) != null) {
            spendable++;
        }
        assertEquals(8 + 9, spendable, "no token of the earlier lease is lost");
        assertEquals(0, leases.close("acme"));
    }

    @Test
    void aGrantOfOneTokenOpensNoLease() {
        leases.open("acme", 1, 0, 500);
        assertNull(leases.take("acme", limit(200, 100)));
        leases.open("acme", 0, 0, 500);
        assertNull(leases.take("acme", limit(200, 100)));
    }

    private static GatewayConfig.Limit limit(int capacity, double refillPerSecond) {
        return new GatewayConfig.Limit() {
            @Override
            public int capacity() {
                return capacity;
            }

            @Override
            public double refillPerSecond() {
                return refillPerSecond;
            }
        };
    }
}
