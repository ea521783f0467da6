package io.newsroom.article.admin;

import io.newsroom.article.repository.AdminArticleRepository;
import io.newsroom.article.repository.AdminArticleRepository.ExtractedArticle;
import io.newsroom.article.rest.Problem;
import io.newsroom.article.service.ArticleProblem;
import io.newsroom.article.service.ExtractorVersion;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static io.newsroom.article.service.TenantScope.ADMIN;

/** What the gateway's admin API reads from this service (gateway/ADMIN-CONTRACT.md); every tenant, role admin only. */
@Path("/api/v1/admin/articles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ADMIN)
@Tag(name = "Admin")
@APIResponse(responseCode = "401", description = "No token, or an expired or untrusted one",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token lacks role admin",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ArticleAdminResource {

    static final int DEFAULT_PAGE_SIZE = 200;
    static final int MAX_PAGE_SIZE = 1000;
    static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+)*(-[0-9A-Za-z.-]+)?");

    @Inject
    AdminArticleRepository repository;

    @GET
    @Path("/statistics")
    @Operation(summary = "Articles of every tenant counted per tenant and status")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticleStatisticsView.class)))
    public ArticleStatisticsView statistics() {
        return new ArticleStatisticsView(repository.countByTenantAndStatus());
    }

    @GET
    @Operation(summary = "Articles of every tenant whose extraction was made by an extractor older than a version",
            description = "Versions compare by their numeric parts (1.10.0 is newer than 1.9.2; 1.4.0-rc1 is older than 1.4.0). "
                    + "Articles never extracted are not listed. Pages follow the article id; total is on the first page.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OutdatedArticlesView.class)))
    @APIResponse(responseCode = "400", description = "Missing or invalid version, invalid cursor or limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OutdatedArticlesView outdated(
            @Parameter(description = "List extractions made by versions before this one", required = true, example = "1.4.0")
            @QueryParam("extractorVersionBelow") String extractorVersionBelow,
            @Parameter(description = "next of the previous page") @QueryParam("after") String after,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "200"))
            @QueryParam("limit") String limit) {
        ExtractorVersion below = version(extractorVersionBelow);
        UUID cursor = cursor(after);
        int pageSize = pageSize(limit);
        List<String> versions = repository.versionsOlderThan(below);
        if (versions.isEmpty()) {
            return new OutdatedArticlesView(List.of(), null, cursor == null ? 0L : null);
        }
        List<ExtractedArticle> found = repository.extractedBy(versions, cursor, pageSize + 1);
        List<ExtractedArticle> page = found.size() > pageSize ? found.subList(0, pageSize) : found;
        String next = found.size() > pageSize ? page.get(pageSize - 1).id().toString() : null;
        Long total = cursor == null ? repository.countExtractedBy(versions) : null;
        return new OutdatedArticlesView(List.copyOf(page), next, total);
    }

    private static ExtractorVersion version(String text) {
        if (text == null || text.isBlank()) {
            throw ArticleProblem.badRequest("extractorVersionBelow is required (for example 1.4.0)");
        }
        if (!VERSION.matcher(text.strip()).matches()) {
            throw ArticleProblem.badRequest("extractorVersionBelow '" + text + "' is not a version such as 1.4.0");
        }
        return ExtractorVersion.parse(text);
    }

    private static UUID cursor(String after) {
        if (after == null || after.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(after.strip());
        } catch (IllegalArgumentException e) {
            throw ArticleProblem.badRequest("after is not a cursor returned by this API");
        }
    }

    private static int pageSize(String limit) {
        return limit("limit", limit, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    }

    /** A whole number from 1 to {@code max} named {@code name} (a 400 problem otherwise), {@code fallback} when absent. */
    static int limit(String name, String text, int fallback, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw ArticleProblem.badRequest(name + " '" + text + "' must be a whole number from 1 to " + max);
    }
}
