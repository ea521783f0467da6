package io.newsroom.gateway.health;

import io.newsroom.gateway.quota.QuotaService;
import io.newsroom.gateway.routing.ReverseProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports where quotas are decided (shared Redis or this replica's fallback buckets) and each backend's circuit.
 * Both are degraded modes the gateway keeps serving through, so the check stays UP and tells which.
 */
@Readiness
@ApplicationScoped
public class TrafficHealthCheck implements HealthCheck {

    @Inject
    QuotaService quotas;

    @Inject
    ReverseProxy proxy;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("gateway-traffic").up()
                .withData("quotaStore", quotas.currentStore());
        proxy.circuits().forEach((backend, circuit) -> builder.withData("circuit." + backend, circuit.state().name()));
        return builder.build();
    }
}
