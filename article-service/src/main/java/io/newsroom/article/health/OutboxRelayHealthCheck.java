package io.newsroom.article.health;

import io.newsroom.article.messaging.OutboxRelay;
import io.newsroom.article.repository.OutboxRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Down while the broker is unreachable for the relay or the outbox cannot be read; reports the backlog and the last error. */
@Readiness
@ApplicationScoped
public class OutboxRelayHealthCheck implements HealthCheck {

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxRepository outbox;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Outbox relay to Kafka");
        OutboxRelay.RelayRound round = relay.lastRound();
        try {
            response.withData("queuedEvents", QuarkusTransaction.requiringNew().call(outbox::countUnsent));
        } catch (RuntimeException e) {
            // the database's own check says why; this one only reports that the queue cannot be read
            return response.withData("error", "outbox not readable: " + e).down().build();
        }
        if (round == null) {
            return response.withData("lastRound", "none yet").up().build();
        }
        response.withData("lastRound", round.at().toString()).withData("lastSent", round.sent());
        if (round.error() != null) {
            response.withData("error", round.error());
        }
        if (round.brokerUnreachable()) {
            return response.down().build();
        }
        return response.up().build();
    }
}
