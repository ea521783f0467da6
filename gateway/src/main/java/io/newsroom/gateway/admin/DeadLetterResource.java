package io.newsroom.gateway.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

@Path("/admin/v1/dead-letters")
@RolesAllowed("admin")
@Tag(name = "admin: dead letters")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    @Inject
    DeadLetterArchive archive;

    @Inject
    ReextractionJobs jobs;

    @GET
    @Operation(summary = "Failed extractions from the dead-letter topic: the latest failure of each article still FAILED")
    public List<DeadLetterArchive.DeadLetter> list(@HeaderParam("Authorization") String authorization,
                                                   @HeaderParam("X-Request-Id") String requestId) {
        return archive.outstanding(authorization, requestId);
    }

    @POST
    @Path("/{articleId}/replay")
    @Operation(summary = "Replay one dead letter: re-extract its article")
    public Response replay(@PathParam("articleId") String articleId, @HeaderParam("Authorization") String authorization,
                           @HeaderParam("X-Request-Id") String requestId) {
        jobs.reextractNow(authorization, requestId, articleId);
        return Response.accepted().build();
    }

    @POST
    @Path("/replay")
    @Operation(summary = "Replay every dead letter still FAILED (asynchronous job, polled under /admin/v1/reextractions)")
    public Response replayAll(@HeaderParam("Authorization") String authorization,
                              @HeaderParam("X-Request-Id") String requestId) {
        List<String> articleIds = archive.outstanding(authorization, requestId).stream().map(DeadLetterArchive.DeadLetter::articleId).toList();
        ReextractionJob job = jobs.startReplay(articleIds);
        return Response.accepted(job.progress()).location(URI.create("/admin/v1/reextractions/" + job.id())).build();
    }
}
