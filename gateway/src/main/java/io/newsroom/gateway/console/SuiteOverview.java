package io.newsroom.gateway.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.gateway.admin.DeadLetterArchive;
import io.newsroom.gateway.admin.ExtractionBacklog;
import io.newsroom.gateway.admin.ExtractionThroughput;
import io.newsroom.gateway.admin.ExtractorVersionsInUse;
import io.newsroom.gateway.client.ArticleAdminClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * What the overview page shows, gathered from the same services the admin API's statistics use; each part is measured
 * on its own, and a part whose source does not answer is left out and named with the reason.
 */
@ApplicationScoped
public class SuiteOverview {

    private static final Logger LOG = Logger.getLogger(SuiteOverview.class);

    @Inject
    @RestClient
    ArticleAdminClient articles;

    @Inject
    ExtractionBacklog backlog;

    @Inject
    DeadLetterArchive deadLetters;

    @Inject
    ExtractionThroughput throughput;

    @Inject
    ExtractorVersionsInUse versions;

    /** One line of the articles table: a tenant's counts in the order of {@link Overview#statuses()}. */
    public record TenantRow(String tenant, List<Long> counts, long total) {
    }

    public record Lag(String group, String topic, long total) {
    }

    public record Overview(List<String> statuses, List<TenantRow> tenants, ThroughputChart chart, List<Lag> lags,
                           Integer deadLetters, List<ExtractorVersionsInUse.VersionCount> versions,
                           Map<String, String> unavailable, Instant at) {
    }

    public Overview gather(String authorization, String requestId) {
        Map<String, String> unavailable = new LinkedHashMap<>();
        JsonNode counts = part("articles", unavailable, () -> articles.statistics(authorization, requestId));
        List<String> statuses = new ArrayList<>();
        List<TenantRow> tenants = new ArrayList<>();
        if (counts != null) {
            tabulate(counts, statuses, tenants);
        }
        ExtractionThroughput.PerMinute perMinute = part("extractions per minute", unavailable, throughput::lastHour);
        List<Lag> lags = new ArrayList<>();
        ExtractionBacklog.ConsumerLag extraction = part("lag of extraction-service", unavailable, backlog::measure);
        ExtractionBacklog.ConsumerLag recording = part("lag of article-service", unavailable, backlog::measureRecording);
        for (ExtractionBacklog.ConsumerLag lag : new ExtractionBacklog.ConsumerLag[] {extraction, recording}) {
            if (lag != null) {
                lags.add(new Lag(lag.group(), lag.topic(), lag.total()));
            }
        }
        List<DeadLetterArchive.DeadLetter> letters = part("dead letters", unavailable, deadLetters::list);
        List<ExtractorVersionsInUse.VersionCount> inUse = part("extractor versions", unavailable,
                () -> versions.list(authorization, requestId));
        return new Overview(statuses, tenants, perMinute == null ? null : ThroughputChart.of(perMinute), lags,
                letters == null ? null : letters.size(), inUse == null ? List.of() : inUse, unavailable, Instant.now());
    }

    /** The tenants that have articles, for a choice of tenant (none when the statistics do not answer). */
    public List<String> tenants(String authorization, String requestId) {
        JsonNode counts = part("tenants", new LinkedHashMap<>(), () -> articles.statistics(authorization, requestId));
        TreeSet<String> tenants = new TreeSet<>();
        if (counts != null) {
            counts.path("byTenant").forEach(row -> tenants.add(row.path("tenant").asText()));
        }
        return List.copyOf(tenants);
    }

    private static void tabulate(JsonNode counts, List<String> statuses, List<TenantRow> tenants) {
        Map<String, Map<String, Long>> byTenant = new TreeMap<>();
        TreeSet<String> seen = new TreeSet<>();
        for (JsonNode row : counts.path("byTenant")) {
            String status = row.path("status").asText();
            seen.add(status);
            byTenant.computeIfAbsent(row.path("tenant").asText(), t -> new TreeMap<>()).merge(status, row.path("count").asLong(), Long::sum);
        }
        statuses.addAll(seen);
        byTenant.forEach((tenant, perStatus) -> {
            List<Long> line = statuses.stream().map(s -> perStatus.getOrDefault(s, 0L)).toList();
            tenants.add(new TenantRow(tenant, line, line.stream().mapToLong(Long::longValue).sum()));
        });
    }

    private static <T> T part(String name, Map<String, String> unavailable, Callable<T> source) {
        try {
            return source.call();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warnf("console overview: %s unavailable: %s", name, e.toString());
            unavailable.put(name, e.getClass().getSimpleName() + ": " + e.getMessage());
            return null;
        }
    }
}
