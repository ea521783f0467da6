package io.newsroom.gateway.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.newsroom.gateway.routing.BackendCircuit;
import io.newsroom.gateway.security.VerifiedTokens;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;

/**
 * The gateway's own meters, served with the others on {@code /q/metrics} (admin only, see {@code GatewayRoute.METRICS}):
 * quota refusals per client, the verified-token cache's hits and misses, and per backend the circuit's state and the
 * time to the backend's answer. {@code deploy/helm/gateway/dashboards/gateway.json} charts them.
 */
@Startup
@ApplicationScoped
public class GatewayMetrics {

    public static final String QUOTA_REFUSALS = "gateway.quota.refusals";
    public static final String TOKEN_CACHE = "gateway.token.cache";
    public static final String CIRCUIT_STATE = "gateway.backend.circuit.state";
    public static final String BACKEND_LATENCY = "gateway.backend.latency";
    /** The outcome of a backend call that got no HTTP answer; an answer is tagged with its status class (2xx...). */
    public static final String TIMEOUT = "timeout";
    public static final String REFUSED = "refused";
    public static final String FAILED = "failed";

    private final MeterRegistry registry;

    @Inject
    public GatewayMetrics(MeterRegistry registry, VerifiedTokens verifiedTokens) {
        this.registry = registry;
        // cache_gets_total{cache="gateway.token.cache",result="hit"|"miss"}, its size and evictions
        CaffeineCacheMetrics.monitor(registry, verifiedTokens.cache(), TOKEN_CACHE);
    }

    /** A request refused with 429 because the client's bucket was empty. */
    public void quotaRefused(String clientId) {
        Counter.builder(QUOTA_REFUSALS)
                .description("Requests refused with 429 because the client's quota was exhausted")
                .tag("client", clientId == null ? "unknown" : clientId)
                .register(registry)
                .increment();
    }

    /** One gauge per backend and state, 1 for the state the circuit is in and 0 for the others. */
    public void watch(BackendCircuit circuit) {
        for (BackendCircuit.State state : BackendCircuit.State.values()) {
            Gauge.builder(CIRCUIT_STATE, circuit, watched -> watched.state() == state ? 1 : 0)
                    .description("Circuit breaker state of a backend (1 for the current state)")
                    .tag("backend", circuit.backend())
                    .tag("state", state.name().toLowerCase())
                    .register(registry);
        }
    }

    /** Time from sending a request to a backend to its answer's headers (or to the transport failure). */
    public void backendAnswered(String backend, long startedNanos, String outcome) {
        Timer.builder(BACKEND_LATENCY)
                .description("Time to a backend's answer (headers) or transport failure, per backend and outcome")
                .tag("backend", backend)
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                // the buckets between 1 ms and the longest route timeout (30 s), not Micrometer's whole range
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry)
                .record(Duration.ofNanos(System.nanoTime() - startedNanos));
    }

    /** The outcome tag of an HTTP answer: its status class. */
    public static String statusClass(int status) {
        return (status / 100) + "xx";
    }
}
