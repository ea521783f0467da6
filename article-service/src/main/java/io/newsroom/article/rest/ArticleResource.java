package io.newsroom.article.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.article.Article;
import io.newsroom.article.ArticleStatus;
import io.newsroom.article.config.ArticleConfig;
import io.newsroom.article.service.ArticleFilter;
import io.newsroom.article.service.ArticlePage;
import io.newsroom.article.service.ArticleProblem;
import io.newsroom.article.service.ArticleService;
import io.newsroom.article.service.SubmissionOutcome;
import io.newsroom.article.service.TenantScope;
import io.newsroom.article.stories.StoryService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static io.newsroom.article.service.TenantScope.ADMIN;
import static io.newsroom.article.service.TenantScope.PARTNER;
import static io.newsroom.article.service.TenantScope.READER;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
@APIResponse(responseCode = "401", description = "No token, or an expired or untrusted one",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token's role does not allow this, or it carries no tenant",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ArticleResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    static final String DUPLICATE = "X-Duplicate";
    private static final int MAX_IDEMPOTENCY_KEY = 200;

    @Inject
    ArticleService articles;

    @Inject
    TenantScope tenants;

    @Inject
    ArticleConfig config;

    @Inject
    ObjectMapper mapper;

    @Inject
    StoryService stories;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({PARTNER, ADMIN})
    @Operation(summary = "Submit an article for extraction",
            description = "Stores the article and queues it for extraction. Idempotent on the Idempotency-Key header and on "
                    + "externalId; content already stored in the tenant returns the stored article with duplicate=true.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubmissionRequest.class)))
    @APIResponse(responseCode = "201", description = "Stored (or the replay of an Idempotency-Key)",
            headers = {@Header(name = "Location"), @Header(name = REPLAYED, description = "true on a replay")},
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "200", description = "Already stored: same content or same externalId",
            headers = @Header(name = DUPLICATE, description = "true"),
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid UTF-8, missing or blank field, invalid date or URL",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "externalId already used for different content",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "content larger than the limit (2 MiB by default)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "contentType other than text/plain or text/html",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with a different body, or content that is binary data, not text",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(byte[] body,
                           @Parameter(description = "Makes retries safe: the same key and body return the same article")
                           @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                           @Parameter(description = "Admins only: tenant to store the article for")
                           @QueryParam("tenant") String tenant,
                           @Context UriInfo uri, @Context ContainerRequestContext request) {
        String owner = tenants.writableTenant(QueryText.of("tenant", tenant));
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && key.length() > MAX_IDEMPOTENCY_KEY) {
            throw ArticleProblem.badRequest(IDEMPOTENCY_KEY + " is longer than " + MAX_IDEMPOTENCY_KEY + " characters");
        }
        var submission = new SubmissionReader(mapper, config.articles().maxContentBytes()).read(body);
        SubmissionOutcome outcome = articles.submit(owner, submission, key, RequestIdFilter.requestIdOf(request));
        Article article = outcome.article();
        var location = uri.getBaseUriBuilder().path(ArticleResource.class).path(article.id.toString()).build();
        return switch (outcome.kind()) {
            case CREATED -> Response.created(location).entity(ArticleView.submitted(article, false)).build();
            case REPLAYED -> Response.created(location).header(REPLAYED, "true").entity(ArticleView.submitted(article, false)).build();
            case DUPLICATE -> Response.ok(ArticleView.submitted(article, true)).location(location).header(DUPLICATE, "true").build();
        };
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({READER, PARTNER, ADMIN})
    @Operation(summary = "Read one article with its content")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "404", description = "No such article in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleView get(@PathParam("id") String id) {
        return ArticleView.full(articles.get(articleId(id), tenants.readableTenant(null)));
    }

    @GET
    @RolesAllowed({READER, PARTNER, ADMIN})
    @Operation(summary = "List articles, newest first",
            description = "Cursor-paginated; filters combine with AND. Entity and source names match case-insensitively, "
                    + "entity names also match aliases (\"Zelensky\"). Each item carries what choosing an article needs "
                    + "(title, effectivePublishedAt and its publishedDateSource, language, status, extractorVersion, "
                    + "firstSummaryLine); `fields` trims the items to the named fields.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticleListView.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter, date, date range (from after to), field name, "
            + "limit or cursor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A tenant other than the token's named by a non-admin, or a role "
            + "that does not allow this", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleListView list(
            @Parameter(schema = @Schema(enumeration = {"PENDING", "EXTRACTED", "FAILED"})) @QueryParam("status") String status,
            @Parameter(description = "ISO 8601, inclusive") @QueryParam("submittedFrom") String submittedFrom,
            @Parameter(description = "ISO 8601, inclusive") @QueryParam("submittedTo") String submittedTo,
            @Parameter(description = "ISO 8601, inclusive; on the effective publication date: the partner's "
                    + "publishedAt, else the date the engine found") @QueryParam("publishedFrom") String publishedFrom,
            @Parameter(description = "ISO 8601, inclusive; on the effective publication date") @QueryParam("publishedTo") String publishedTo,
            @Parameter(description = "Articles that mention this date (a resolved value of the extraction's dates "
                    + "overlaps it): " + MentionedDateQuery.FORMS + "; not with mentionsDateFrom/To")
            @QueryParam("mentionsDate") String mentionsDate,
            @Parameter(description = "Articles that mention a date on or after the first day of this one, inclusive: "
                    + MentionedDateQuery.FORMS) @QueryParam("mentionsDateFrom") String mentionsDateFrom,
            @Parameter(description = "Articles that mention a date on or before the last day of this one, inclusive: "
                    + MentionedDateQuery.FORMS) @QueryParam("mentionsDateTo") String mentionsDateTo,
            @Parameter(description = "Full-text query (web search syntax: words, \"phrases\", -excluded)") @QueryParam("q") String text,
            @Parameter(description = "Name or alias of a mentioned entity") @QueryParam("entity") String entity,
            @Parameter(schema = @Schema(enumeration = {"PERSON", "ORGANIZATION", "LOCATION"})) @QueryParam("entityType") String entityType,
            @Parameter(description = "Name of a cited outlet (\"Reuters\")") @QueryParam("source") String source,
            @Parameter(description = "Only the articles of this story (the storyId of an article)") @QueryParam("storyId") String storyId,
            @Parameter(description = "Comma-separated fields of each item to return (id always is), e.g. "
                    + "title,effectivePublishedAt,firstSummaryLine; an unknown name is a 400") @QueryParam("fields") String fields,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") String limit,
            @Parameter(description = "Admins only: restrict to one tenant; anyone else naming another tenant than "
                    + "the token's gets a 403") @QueryParam("tenant") String tenant) {
        String type = QueryText.of("entityType", entityType);
        var submitted = IsoDates.range("submittedFrom", QueryText.of("submittedFrom", submittedFrom),
                "submittedTo", QueryText.of("submittedTo", submittedTo));
        var published = IsoDates.range("publishedFrom", QueryText.of("publishedFrom", publishedFrom),
                "publishedTo", QueryText.of("publishedTo", publishedTo));
        MentionedDateQuery mentioned = MentionedDateQuery.parse(QueryText.of("mentionsDate", mentionsDate),
                QueryText.of("mentionsDateFrom", mentionsDateFrom), QueryText.of("mentionsDateTo", mentionsDateTo));
        ListFields trimmed = ListFields.parse(QueryText.of("fields", fields));
        ArticleFilter filter = new ArticleFilter(tenants.readableTenant(QueryText.of("tenant", tenant)),
                status(QueryText.of("status", status)), submitted.from(), submitted.to(), published.from(), published.to(),
                mentioned.from(), mentioned.to(), QueryText.of("q", text), QueryText.of("entity", entity),
                type == null ? null : type.toUpperCase(Locale.ROOT), QueryText.of("source", source),
                StoryResource.storyFilter(QueryText.of("storyId", storyId)));
        int pageSize = pageSize(QueryText.of("limit", limit));
        ArticlePage page = articles.list(filter, QueryText.of("cursor", cursor), pageSize);
        var views = page.items().stream().map(ArticleView::summary);
        List<?> items = trimmed == null ? views.toList() : views.map(view -> trimmed.trim(mapper, view)).toList();
        return new ArticleListView(items, page.nextCursor(), pageSize);
    }

    @GET
    @Path("/{id}/extraction")
    @RolesAllowed({READER, PARTNER, ADMIN})
    @Operation(summary = "The article's latest extraction document")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ExtractionView.class)))
    @APIResponse(responseCode = "404", description = "No such article in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not extracted yet (status PENDING or FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExtractionView extraction(@PathParam("id") String id) {
        Article article = articles.extracted(articleId(id), tenants.readableTenant(null));
        try {
            return new ExtractionView(article.id, article.status, article.extractorVersion, article.extractedAt,
                    mapper.readTree(article.extraction));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored extraction of " + article.id + " is not JSON", e);
        }
    }

    @GET
    @Path("/{id}/similar")
    @RolesAllowed({READER, PARTNER, ADMIN})
    @Operation(summary = "The tenant's articles whose cleaned text is near this one's, best first",
            description = "Candidates found through the story index and scored by estimated containment (a shortened "
                    + "copy scores as its original) or, for very short texts, Jaccard similarity; those at or above "
                    + "the story threshold share its story (sameStory). Empty until the article is extracted.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SimilarArticlesView.class)))
    @APIResponse(responseCode = "400", description = "limit out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such article in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SimilarArticlesView similar(@PathParam("id") String id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") String limit) {
        Article article = articles.get(articleId(id), tenants.readableTenant(null));
        return SimilarArticlesView.of(article, stories.similar(article, pageSize(QueryText.of("limit", limit))));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({PARTNER, ADMIN})
    @Operation(summary = "Delete an article, its extraction and its queued events")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such article in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") String id) {
        articles.delete(articleId(id), tenants.readableTenant(null));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/reprocess")
    @RolesAllowed({PARTNER, ADMIN})
    @Operation(summary = "Queue the article for extraction again",
            description = "Status returns to PENDING and a new articles.submitted event (attempt + 1) is published.")
    @APIResponse(responseCode = "202", description = "Queued", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "404", description = "No such article in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reprocess(@PathParam("id") String id, @Context ContainerRequestContext request) {
        Article article = articles.reprocess(articleId(id), tenants.readableTenant(null), RequestIdFilter.requestIdOf(request));
        return Response.accepted(ArticleView.summary(article)).build();
    }

    private static UUID articleId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ArticleProblem.notFound("No article " + id);
        }
    }

    private static ArticleStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ArticleStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ArticleProblem.badRequest("status '" + status + "' is not one of PENDING, EXTRACTED, FAILED");
        }
    }

    private int pageSize(String limit) {
        if (limit == null || limit.isBlank()) {
            return config.articles().defaultPageSize();
        }
        int max = config.articles().maxPageSize();
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw ArticleProblem.badRequest("limit '" + limit + "' must be a whole number from 1 to " + max);
    }
}
