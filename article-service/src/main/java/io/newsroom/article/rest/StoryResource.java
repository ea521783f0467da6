package io.newsroom.article.rest;

import io.newsroom.article.Article;
import io.newsroom.article.service.ArticleProblem;
import io.newsroom.article.service.TenantScope;
import io.newsroom.article.stories.StoryService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

import static io.newsroom.article.service.TenantScope.ADMIN;
import static io.newsroom.article.service.TenantScope.PARTNER;
import static io.newsroom.article.service.TenantScope.READER;

@Path("/api/v1/stories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stories")
@APIResponse(responseCode = "401", description = "No token, or an expired or untrusted one",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token's role does not allow this, or it carries no tenant",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class StoryResource {

    /** Articles a story view lists; the article list with storyId= pages through more. */
    static final int MAX_ARTICLES = 100;

    @Inject
    StoryService stories;

    @Inject
    TenantScope tenants;

    @GET
    @Path("/{id}")
    @RolesAllowed({READER, PARTNER, ADMIN})
    @Operation(summary = "A story: the tenant's near-duplicate articles (the same wire copy with other chrome, a light "
            + "edit, a shortened version, another outlet's copy), oldest first",
            description = "At most 100 articles; GET /api/v1/articles?storyId= pages through all of them.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StoryView.class)))
    @APIResponse(responseCode = "404", description = "No such story in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StoryView get(@PathParam("id") String id) {
        UUID storyId = storyId(id).orElseThrow(() -> ArticleProblem.notFound("No story " + id));
        String tenant = tenants.readableTenant(null);
        List<Article> articles = stories.articlesOf(storyId, tenant, MAX_ARTICLES);
        if (articles.isEmpty()) {
            throw ArticleProblem.notFound("No story " + id);
        }
        long size = articles.size() < MAX_ARTICLES ? articles.size() : stories.sizeOf(storyId, tenant);
        return new StoryView(storyId, articles.get(0).tenant, size, articles.stream().map(ArticleView::summary).toList());
    }

    /** The storyId= filter of the article list: null when absent, a 400 problem when not a story id. */
    static UUID storyFilter(String storyId) {
        if (storyId == null) {
            return null;
        }
        return storyId(storyId).orElseThrow(() -> ArticleProblem.badRequest("storyId '" + storyId + "' is not a story id (a UUID)"));
    }

    private static java.util.Optional<UUID> storyId(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id.strip()));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
