package io.newsroom.gateway.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.gateway.client.ArticleAdminClient.VersionInUse;
import io.newsroom.gateway.client.ExtractionClient;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ServerErrorException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.net.URI;
import java.util.List;

@Path("/admin/v1")
@RolesAllowed("admin")
@Tag(name = "admin: re-extraction")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ReextractionResource {

    @Inject
    @RestClient
    ExtractionClient extraction;

    @Inject
    ReextractionJobs jobs;

    /**
     * Optional body of a bulk re-extraction: the articles made by {@code extractorVersion} (a version in use, see
     * /admin/v1/extractor-versions), else those made by any version older than the running extractor's;
     * optionally one tenant's only, at most {@code maxPerSecond}.
     */
    public record BulkReextraction(String extractorVersion, String tenant, Integer maxPerSecond) {
    }

    @POST
    @Path("/articles/{id}/reextract")
    @Operation(summary = "Re-extract one article (any tenant); the answer is the article, queued again")
    public Response reextract(@PathParam("id") String articleId, @HeaderParam("Authorization") String authorization,
                              @HeaderParam("X-Request-Id") String requestId) {
        return Response.accepted(jobs.reextractNow(authorization, requestId, articleId)).build();
    }

    @GET
    @Path("/extractor-versions")
    @Operation(summary = "Extractor versions in use (those of the stored extractions), newest first, with article counts")
    public List<VersionInUse> versions(@QueryParam("tenant") String tenant, @HeaderParam("Authorization") String authorization,
                                       @HeaderParam("X-Request-Id") String requestId) {
        return jobs.versionsInUse(authorization, requestId, tenant);
    }

    @POST
    @Path("/reextractions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a re-extraction job, run by article-service (the answer is the job; poll its Location)")
    public Response startBulk(BulkReextraction request, @HeaderParam("Authorization") String authorization,
                              @HeaderParam("X-Request-Id") String requestId) {
        String version = request == null || request.extractorVersion() == null || request.extractorVersion().isBlank()
                ? null : request.extractorVersion();
        String tenant = request == null ? null : request.tenant();
        Integer rate = request == null ? null : request.maxPerSecond();
        ReextractionJobs.JobRequest job = version != null
                ? new ReextractionJobs.JobRequest(version, null, tenant, rate)
                : new ReextractionJobs.JobRequest(null, runningVersion(authorization, requestId), tenant, rate);
        ReextractionJob started = jobs.start(authorization, requestId, job);
        return Response.accepted(started).location(URI.create("/admin/v1/reextractions/" + started.id())).build();
    }

    @GET
    @Path("/reextractions")
    @Operation(summary = "Re-extraction jobs, newest first (the same on every gateway replica)")
    public List<ReextractionJob> list(@HeaderParam("Authorization") String authorization,
                                      @HeaderParam("X-Request-Id") String requestId) {
        return jobs.all(authorization, requestId);
    }

    @GET
    @Path("/reextractions/{jobId}")
    @Operation(summary = "Progress of a re-extraction job")
    public ReextractionJob progress(@PathParam("jobId") String jobId, @HeaderParam("Authorization") String authorization,
                                    @HeaderParam("X-Request-Id") String requestId) {
        return jobs.find(authorization, requestId, jobId).orElseThrow(() -> new NotFoundException("no re-extraction job " + jobId));
    }

    @DELETE
    @Path("/reextractions/{jobId}")
    @Operation(summary = "Cancel a re-extraction job: no article is queued after the answer, which is the job as it stopped")
    public Response cancel(@PathParam("jobId") String jobId, @HeaderParam("Authorization") String authorization,
                           @HeaderParam("X-Request-Id") String requestId) {
        return Response.accepted(jobs.cancel(authorization, requestId, jobId)).build();
    }

    private String runningVersion(String authorization, String requestId) {
        JsonNode probe = extraction.extract(authorization, requestId, new ExtractionClient.ExtractionProbe(
                "extractor-version-probe", "The gateway asks which extractor version is running.", "text/plain"));
        JsonNode version = probe.get("extractorVersion");
        if (version == null || version.asText().isBlank()) {
            throw new ServerErrorException("extraction-service did not state its extractor version", Response.Status.BAD_GATEWAY);
        }
        return version.asText();
    }
}
