package io.newsroom.gateway.admin;

import io.newsroom.gateway.client.ArticleAdminClient.Replay;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
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
    @Operation(summary = "Failed extractions from the dead-letter topic: the latest failure of each article, not replayed since")
    public List<DeadLetterArchive.DeadLetter> list(@HeaderParam("Authorization") String authorization,
                                                   @HeaderParam("X-Request-Id") String requestId) {
        return archive.outstanding(authorization, requestId);
    }

    @POST
    @Path("/{articleId}/replay")
    @Operation(summary = "Replay the dead letter of one article: a job re-extracts it, and the letter leaves the list")
    public Response replay(@PathParam("articleId") String articleId, @HeaderParam("Authorization") String authorization,
                           @HeaderParam("X-Request-Id") String requestId) {
        DeadLetterArchive.DeadLetter letter = archive.find(authorization, requestId, articleId)
                .orElseThrow(() -> new NotFoundException("no dead letter of article " + articleId + " waits for a replay"));
        return accepted(jobs.replay(authorization, requestId, List.of(letter)));
    }

    @POST
    @Path("/replay")
    @Operation(summary = "Replay every dead letter not replayed yet, as one job (polled under /admin/v1/reextractions)")
    public Response replayAll(@HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId) {
        List<DeadLetterArchive.DeadLetter> letters = archive.outstanding(authorization, requestId);
        if (letters.isEmpty()) {
            throw new ClientErrorException("no dead letter waits for a replay", Response.Status.CONFLICT);
        }
        return accepted(jobs.replay(authorization, requestId, letters));
    }

    private static Response accepted(Replay replay) {
        return Response.accepted(replay).location(URI.create("/admin/v1/reextractions/" + replay.job().id())).build();
    }
}
