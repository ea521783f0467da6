package io.newsroom.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.gateway.admin.ReextractionJob;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The article-service endpoints the admin API relies on (see gateway/ADMIN-CONTRACT.md). */
@RegisterRestClient(configKey = "article-service")
public interface ArticleAdminClient {

    @GET
    @Path("/api/v1/admin/articles/statistics")
    JsonNode statistics(@HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId);

    @GET
    @Path("/api/v1/articles/{id}")
    JsonNode article(@HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId,
                     @PathParam("id") String articleId);

    /** Articles of every tenant (or the {@code tenant} filter's) matching the filters, newest first, a page at a time. */
    @GET
    @Path("/api/v1/articles")
    JsonNode search(@HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId,
                    @RestQuery Map<String, String> filters);

    /** The article's latest extraction document; 409 while it is not extracted. */
    @GET
    @Path("/api/v1/articles/{id}/extraction")
    JsonNode extraction(@HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId,
                        @PathParam("id") String articleId);

    /** Queues one article (any tenant, for an admin) for extraction again; the answer is the article's summary. */
    @POST
    @Path("/api/v1/articles/{id}/reprocess")
    JsonNode reprocess(@HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId,
                       @PathParam("id") String articleId);

    @GET
    @Path("/api/v1/admin/extractor-versions")
    ExtractorVersions versions(@HeaderParam("Authorization") String authorization,
                               @HeaderParam("X-Request-Id") String requestId, @QueryParam("tenant") String tenant);

    @POST
    @Path("/api/v1/admin/reextractions")
    @Consumes(MediaType.APPLICATION_JSON)
    ReextractionJob start(@HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId,
                          NewJob job);

    @GET
    @Path("/api/v1/admin/reextractions")
    List<ReextractionJob> jobs(@HeaderParam("Authorization") String authorization,
                               @HeaderParam("X-Request-Id") String requestId, @QueryParam("limit") Integer limit);

    @GET
    @Path("/api/v1/admin/reextractions/{id}")
    ReextractionJob job(@HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId,
                        @PathParam("id") String id);

    @DELETE
    @Path("/api/v1/admin/reextractions/{id}")
    ReextractionJob cancel(@HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId,
                           @PathParam("id") String id);

    @POST
    @Path("/api/v1/admin/dead-letters/replays")
    @Consumes(MediaType.APPLICATION_JSON)
    Replay replay(@HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId,
                  ReplayRequest request);

    @POST
    @Path("/api/v1/admin/dead-letters/replays/lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    Replays replays(@HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId,
                    Lookup lookup);

    /** A new job: exactly one of extractorVersion (a version in use) and belowVersion; tenant and rate optional. */
    record NewJob(String extractorVersion, String belowVersion, String tenant, Integer maxPerSecond) {
    }

    record ExtractorVersions(List<VersionInUse> versions) {
    }

    /** An extractor version of the stored extractions, with the number of articles it made. */
    record VersionInUse(String version, long articles) {
    }

    record ReplayRequest(List<Letter> letters, Integer maxPerSecond) {
    }

    /** A dead letter named by its event id (partition@offset without one), and its article. */
    record Letter(String letter, String articleId) {
    }

    /** A replay: the job re-extracting the articles, the letters it replays and those replayed before. */
    record Replay(ReextractionJob job, List<ReplayedLetter> replayed, List<ReplayedLetter> earlier) {
    }

    record ReplayedLetter(String letter, String articleId, String jobId, Instant replayedAt) {
    }

    record Lookup(List<String> letters) {
    }

    record Replays(List<ReplayedLetter> replays) {
    }
}
