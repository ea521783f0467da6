package io.newsroom.article.admin;

import io.newsroom.article.admin.ReextractionJobService.ReplayOutcome;
import io.newsroom.article.admin.ReextractionJobStore.Replay;
import io.newsroom.article.rest.Problem;
import io.newsroom.article.service.ArticleProblem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static io.newsroom.article.service.TenantScope.ADMIN;

/**
 * Re-extraction jobs and dead-letter replays, stored here (V7) so that every gateway replica shows the same jobs and
 * a job outlives the replica that started it (gateway/ADMIN-CONTRACT.md). Every tenant, role admin only.
 */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ADMIN)
@Tag(name = "Admin")
@APIResponse(responseCode = "401", description = "No token, or an expired or untrusted one",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token lacks role admin",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReextractionJobResource {

    static final String JOBS = "/api/v1/admin/reextractions";
    static final int MAX_PER_SECOND = 10_000;
    static final int MAX_LETTERS = 1000;
    static final int DEFAULT_LIST = 50;
    static final int MAX_LIST = 500;
    private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Pattern LETTER = Pattern.compile("[A-Za-z0-9._:@-]{1,200}");

    @Inject
    ReextractionJobService jobs;

    @Inject
    SecurityIdentity identity;

    @Schema(name = "NewReextraction", description = "Exactly one of extractorVersion (a version in use) and belowVersion")
    public record NewReextraction(
            @Schema(description = "Re-extract the articles extracted by this version; it must be one in use", example = "1.0.0")
            String extractorVersion,
            @Schema(description = "Re-extract the articles extracted by any version older than this one (the running one)")
            String belowVersion,
            @Schema(description = "Only this tenant's articles") String tenant,
            @Schema(description = "Queue at most this many articles per second (1 to 10000)") Integer maxPerSecond) {
    }

    @Schema(name = "ExtractorVersions", description = "Extractor versions of the stored extractions, newest first")
    public record VersionsView(List<VersionInUse> versions) {
    }

    public record VersionInUse(String version, long articles) {
    }

    @Schema(name = "DeadLetterReplayRequest")
    public record ReplayRequest(List<Letter> letters, Integer maxPerSecond) {
    }

    @Schema(name = "DeadLetter", description = "A record of articles.extraction-failed: its event id (partition@offset without one)")
    public record Letter(String letter, String articleId) {
    }

    @Schema(name = "DeadLetterReplay", description = "The job that replays the letters, those it replays and those replayed before")
    public record ReplayView(ReextractionJobView job, List<Replay> replayed, List<Replay> earlier) {
    }

    @Schema(name = "DeadLetterLookup")
    public record LookupRequest(List<String> letters) {
    }

    @Schema(name = "DeadLetterReplays", description = "Those of the letters asked about that were replayed")
    public record ReplaysView(List<Replay> replays) {
    }

    @GET
    @Path("/extractor-versions")
    @Operation(summary = "Extractor versions in use: those of the stored extractions, with their article counts")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = VersionsView.class)))
    public VersionsView versions(@QueryParam("tenant") String tenant) {
        return new VersionsView(jobs.versionsInUse(tenant(tenant)).entrySet().stream()
                .map(entry -> new VersionInUse(entry.getKey(), entry.getValue())).toList());
    }

    @POST
    @Path("/reextractions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a re-extraction job (it runs in article-service; poll its progress)")
    @APIResponse(responseCode = "202", description = "Queued; Location names the job",
            content = @Content(schema = @Schema(implementation = ReextractionJobView.class)))
    @APIResponse(responseCode = "400", description = "No version, both kinds, or a malformed version, tenant or rate",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "extractorVersion is not a version in use",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start(NewReextraction request) {
        if (request == null || (blank(request.extractorVersion()) == blank(request.belowVersion()))) {
            throw ArticleProblem.badRequest("name exactly one of extractorVersion (a version in use, see "
                    + "/api/v1/admin/extractor-versions) and belowVersion");
        }
        String tenant = tenant(request.tenant());
        Integer rate = rate(request.maxPerSecond());
        ReextractionJob job = blank(request.belowVersion())
                ? jobs.ofVersion(version("extractorVersion", request.extractorVersion()), tenant, rate, caller())
                : jobs.outdated(version("belowVersion", request.belowVersion()), tenant, rate, caller());
        return accepted(job);
    }

    @GET
    @Path("/reextractions")
    @Operation(summary = "Re-extraction jobs, newest first (the history)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReextractionJobView[].class)))
    public List<ReextractionJobView> list(@QueryParam("limit") String limit) {
        return jobs.recent(ArticleAdminResource.limit("limit", limit, DEFAULT_LIST, MAX_LIST)).stream()
                .map(ReextractionJobView::of).toList();
    }

    @GET
    @Path("/reextractions/{id}")
    @Operation(summary = "One job with its progress")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReextractionJobView.class)))
    @APIResponse(responseCode = "404", description = "No such job",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReextractionJobView job(@PathParam("id") String id) {
        UUID jobId = jobId(id);
        return jobs.find(jobId).map(ReextractionJobView::of)
                .orElseThrow(() -> ArticleProblem.notFound("no re-extraction job " + id));
    }

    @DELETE
    @Path("/reextractions/{id}")
    @Operation(summary = "Cancel a job: no article is queued after this answer")
    @APIResponse(responseCode = "202", description = "Cancelled; the job as it stopped",
            content = @Content(schema = @Schema(implementation = ReextractionJobView.class)))
    @APIResponse(responseCode = "404", description = "No such job",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The job has already ended",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response cancel(@PathParam("id") String id) {
        return Response.accepted(ReextractionJobView.of(jobs.cancel(jobId(id)))).build();
    }

    @POST
    @Path("/dead-letters/replays")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replay dead letters: one job re-extracts the articles of those not replayed before")
    @APIResponse(responseCode = "202", description = "Queued; Location names the job",
            content = @Content(schema = @Schema(implementation = ReplayView.class)))
    @APIResponse(responseCode = "400", description = "No letters, too many, or a malformed name or article id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Every letter named was replayed before",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replay(ReplayRequest request) {
        if (request == null || request.letters() == null || request.letters().isEmpty() || request.letters().size() > MAX_LETTERS) {
            throw ArticleProblem.badRequest("letters must name 1 to " + MAX_LETTERS + " dead letters");
        }
        Map<String, UUID> letters = new LinkedHashMap<>();
        for (Letter letter : request.letters()) {
            if (letter == null || letter.letter() == null || !LETTER.matcher(letter.letter()).matches()) {
                throw ArticleProblem.badRequest("a letter is named by its event id or partition@offset (" + LETTER.pattern() + ")");
            }
            letters.put(letter.letter(), articleId(letter.articleId()));
        }
        ReplayOutcome outcome = jobs.replay(letters, rate(request.maxPerSecond()), caller());
        return Response.accepted(new ReplayView(ReextractionJobView.of(outcome.job()), outcome.replayed(), outcome.earlier()))
                .location(URI.create(JOBS + "/" + outcome.job().id)).build();
    }

    @POST
    @Path("/dead-letters/replays/lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Which of these dead letters were replayed (and when, by which job)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReplaysView.class)))
    @APIResponse(responseCode = "400", description = "No letters or too many",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReplaysView replays(LookupRequest request) {
        if (request == null || request.letters() == null || request.letters().size() > MAX_LETTERS) {
            throw ArticleProblem.badRequest("letters must name at most " + MAX_LETTERS + " dead letters");
        }
        return new ReplaysView(jobs.replaysOf(request.letters().stream().filter(name -> name != null).distinct().toList()));
    }

    private static Response accepted(ReextractionJob job) {
        return Response.accepted(ReextractionJobView.of(job)).location(URI.create(JOBS + "/" + job.id)).build();
    }

    private String caller() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String version(String field, String text) {
        String version = text.strip();
        if (!ArticleAdminResource.VERSION.matcher(version).matches()) {
            throw ArticleProblem.badRequest(field + " '" + text + "' is not a version such as 1.4.0");
        }
        return version;
    }

    private static String tenant(String text) {
        if (blank(text)) {
            return null;
        }
        if (!TENANT.matcher(text.strip()).matches()) {
            throw ArticleProblem.badRequest("tenant '" + text + "' is not a tenant name");
        }
        return text.strip();
    }

    private static Integer rate(Integer maxPerSecond) {
        if (maxPerSecond != null && (maxPerSecond < 1 || maxPerSecond > MAX_PER_SECOND)) {
            throw ArticleProblem.badRequest("maxPerSecond must be from 1 to " + MAX_PER_SECOND);
        }
        return maxPerSecond;
    }


    private static UUID jobId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ArticleProblem.notFound("no re-extraction job " + id);
        }
    }

    private static UUID articleId(String id) {
        try {
            return UUID.fromString(id == null ? "" : id.strip());
        } catch (IllegalArgumentException e) {
            throw ArticleProblem.badRequest("articleId '" + id + "' is not an article id");
        }
    }
}
