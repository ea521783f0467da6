package io.newsroom.extraction.health;

import io.newsroom.extraction.engine.ExtractionRequest;
import io.newsroom.extraction.service.ExtractionService;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the engine (its lexicons and stages) extracts a short article; Kafka readiness comes from the connector. */
@Readiness
@ApplicationScoped
public class EngineHealthCheck implements HealthCheck {

    private static final ExtractionRequest PROBE = new ExtractionRequest("health-probe",
            "The harbour council met in Riverton on Monday, officials said.", "text/plain", "2025-05-20");

    private final ExtractionService extraction;

    public EngineHealthCheck(ExtractionService extraction) {
        this.extraction = extraction;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            extraction.probe(PROBE);
            return HealthCheckResponse.named("extraction-engine").up()
                    .withData("extractorVersion", extraction.extractorVersion()).build();
        } catch (RuntimeException | StackOverflowError e) {
            return HealthCheckResponse.named("extraction-engine").down().withData("error", e.toString()).build();
        }
    }
}
