package io.newsroom.gateway.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.gateway.client.ExtractionClient;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.ServerErrorException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

    /** Optional body of a bulk re-extraction; without a version, the running extractor's is asked for. */
    public record BulkReextraction(String extractorVersion) {
    }

    @POST
    @Path("/articles/{id}/reextract")
    @Operation(summary = "Re-extract one article (any tenant)")
    public Response reextract(@PathParam("id") String articleId, @HeaderParam("Authorization") String authorization,
                              @HeaderParam("X-Request-Id") String requestId) {
        jobs.reextractNow(authorization, requestId, articleId);
        return Response.accepted().build();
    }

    @POST
    @Path("/reextractions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start re-extracting every article made by an older extractor version (asynchronous job)")
    public Response startBulk(BulkReextraction request, @HeaderParam("Authorization") String authorization,
                              @HeaderParam("X-Request-Id") String requestId) {
        String version = request != null && request.extractorVersion() != null && !request.extractorVersion().isBlank()
                ? request.extractorVersion() : runningVersion(authorization, requestId);
        ReextractionJob job = jobs.startOutdated(version);
        return Response.accepted(job.progress()).location(URI.create("/admin/v1/reextractions/" + job.id())).build();
    }

    @GET
    @Path("/reextractions")
    @Operation(summary = "All re-extraction jobs of this gateway replica")
    public List<ReextractionJob.Progress> list() {
        return jobs.all().stream().map(ReextractionJob::progress).toList();
    }

    @GET
    @Path("/reextractions/{jobId}")
    @Operation(summary = "Progress of a re-extraction job")
    public ReextractionJob.Progress progress(@PathParam("jobId") String jobId) {
        return job(jobId).progress();
    }

    @DELETE
    @Path("/reextractions/{jobId}")
    @Operation(summary = "Cancel a running re-extraction job (it stops after the current article)")
    public Response cancel(@PathParam("jobId") String jobId) {
        ReextractionJob job = job(jobId);
        if (!job.cancel()) {
            throw new ClientErrorException("job " + jobId + " has already ended", Response.Status.CONFLICT);
        }
        return Response.accepted(job.progress()).build();
    }

    private ReextractionJob job(String jobId) {
        return jobs.find(jobId).orElseThrow(() -> new NotFoundException("no job " + jobId));
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
