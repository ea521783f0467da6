package io.newsroom.gateway.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.gateway.client.ArticleAdminClient;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.LinkedHashMap;
import java.util.Map;

@Path("/admin/v1/statistics")
@RolesAllowed("admin")
@Tag(name = "admin: statistics")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    private static final Logger LOG = Logger.getLogger(StatisticsResource.class);

    @Inject
    @RestClient
    ArticleAdminClient articles;

    @Inject
    ExtractionBacklog backlog;

    @Inject
    DeadLetterArchive deadLetters;

    /** Each part is measured on its own; a part whose source is down is null and named in {@code unavailable}. */
    public record SuiteStatistics(JsonNode articles, Integer deadLetters, ExtractionBacklog.ConsumerLag extractionLag,
                                  Map<String, String> unavailable) {
    }

    @GET
    @Operation(summary = "Articles per tenant and status, extraction failures, and extraction-service's consumer lag")
    public SuiteStatistics statistics(@HeaderParam("Authorization") String authorization,
                                      @HeaderParam("X-Request-Id") String requestId) {
        Map<String, String> unavailable = new LinkedHashMap<>();
        JsonNode articleCounts = null;
        Integer failures = null;
        ExtractionBacklog.ConsumerLag lag = null;
        try {
            articleCounts = articles.statistics(authorization, requestId);
        } catch (RuntimeException e) {
            unavailable.put("articles", describe(e));
        }
        try {
            failures = deadLetters.list().size();
        } catch (RuntimeException e) {
            unavailable.put("deadLetters", describe(e));
        }
        try {
            lag = backlog.measure();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            unavailable.put("extractionLag", describe(e));
        }
        return new SuiteStatistics(articleCounts, failures, lag, unavailable);
    }

    private static String describe(Exception e) {
        LOG.warnf("statistics part unavailable: %s", e.toString());
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
