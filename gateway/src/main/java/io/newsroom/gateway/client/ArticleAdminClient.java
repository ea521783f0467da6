package io.newsroom.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;
import java.util.Map;

/** The article-service endpoints the admin API relies on (see gateway/ADMIN-CONTRACT.md). */
@RegisterRestClient(configKey = "article-service")
public interface ArticleAdminClient {

    @GET
    @Path("/api/v1/admin/articles/statistics")
    JsonNode statistics(@HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId);

    @GET
    @Path("/api/v1/admin/articles")
    ArticlePage articles(@HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId,
                         @QueryParam("extractorVersionBelow") String extractorVersionBelow,
                         @QueryParam("after") String after, @QueryParam("limit") int limit);

    /** The article list of every tenant (admin), with the query parameters of article-service's list. */
    @GET
    @Path("/api/v1/articles")
    JsonNode list(@HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId,
                  @RestQuery Map<String, String> query);

    @GET
    @Path("/api/v1/articles/{id}")
    JsonNode article(@HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId,
                     @PathParam("id") String articleId);

    @GET
    @Path("/api/v1/articles/{id}/extraction")
    JsonNode extraction(@HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId,
                        @PathParam("id") String articleId);

    @POST
    @Path("/api/v1/articles/{id}/reprocess")
    Response reprocess(@HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId,
                       @PathParam("id") String articleId);

    /** One page of articles in id order; {@code next} is the cursor of the following page, null on the last. */
    record ArticlePage(List<ArticleSummary> items, String next, Long total) {
    }

    record ArticleSummary(String id, String tenant, String status, String extractorVersion) {
    }
}
