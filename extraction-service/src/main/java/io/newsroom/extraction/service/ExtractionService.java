package io.newsroom.extraction.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsroom.extraction.config.ExtractionConfig;
import io.newsroom.extraction.engine.ExtractionEngine;
import io.newsroom.extraction.engine.ExtractionRequest;
import io.newsroom.extraction.engine.json.ExtractionDocumentWriter;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the engine for the REST API and the Kafka consumer, enforcing the size limit and recording metrics. */
@Startup
@ApplicationScoped
public class ExtractionService {

    private final ExtractionEngine engine = new ExtractionEngine();
    private final ExtractionConfig config;
    private final MeterRegistry registry;
    private final Timer.Builder latency = Timer.builder("newsroom.extraction.duration")
            .description("Time to extract one article").publishPercentileHistogram();

    public ExtractionService(ExtractionConfig config, MeterRegistry registry) {
        this.config = config;
        this.registry = registry;
        // registered up front so that the metrics read zero, not absent, before the first article
        for (String via : List.of("rest", "kafka")) {
            extractions(via, "success");
            extractions(via, "failure");
            latency.tag("via", via).register(registry);
        }
    }

    /**
     * Extracts one article and returns its extraction document as JSON.
     *
     * @param via where the request came from ({@code rest} or {@code kafka}), a metric tag
     * @throws OversizedArticleException when the content is over the limit
     */
    public Extraction extract(ExtractionRequest request, String via) {
        checkSize(request.content());
        long start = System.nanoTime();
        try {
            StringBuilder json = new StringBuilder(request.content().length() * 2 + 1024);
            ExtractionDocumentWriter.write(engine.extract(request), json);
            long nanos = System.nanoTime() - start;
            latency.tag("via", via).register(registry).record(nanos, TimeUnit.NANOSECONDS);
            extractions(via, "success").increment();
            return new Extraction(json.toString(), nanos / 1_000_000);
        } catch (RuntimeException | StackOverflowError e) {
            recordFailure(via, e);
            throw e;
        }
    }

    public void checkSize(String content) {
        if (content.length() > config.maxContentBytes() / 4) {
            long bytes = content.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > config.maxContentBytes()) {
                throw new OversizedArticleException(bytes, config.maxContentBytes());
            }
        }
    }

    /** Counts a failed extraction; the consumer also calls it for articles it gives up on before the engine. */
    public void recordFailure(String via, Throwable error) {
        extractions(via, "failure").increment();
        Counter.builder("newsroom.extraction.failures").description("Extractions that failed, by error class")
                .tag("via", via).tag("error", error.getClass().getSimpleName()).register(registry).increment();
    }

    private Counter extractions(String via, String outcome) {
        return Counter.builder("newsroom.extractions").description("Articles extracted")
                .tag("via", via).tag("outcome", outcome).register(registry);
    }

    /** Runs the engine once without counting it, for the readiness check. */
    public void probe(ExtractionRequest request) {
        engine.extract(request);
    }

    public String extractorVersion() {
        return ExtractionEngine.VERSION;
    }

    /** An extraction document as JSON, and how long the engine took. */
    public record Extraction(String json, long durationMs) {
    }
}
