package io.newsroom.gateway.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Stand-ins for article-service and extraction-service. The article stand-in scopes by the forwarded token's tenant
 * claim the way the real service must (another tenant's article is a 404), so tenancy can be checked end to end.
 */
public class StubBackends implements QuarkusTestResourceLifecycleManager {

    public static final String ACME_ARTICLE = "a1a1a1a1-0000-4000-8000-00000000acme";
    public static final String GLOBEX_ARTICLE = "b2b2b2b2-0000-4000-8000-0000000globex";
    public static final String SLOW_ARTICLE = "slow";
    /** Per run, so buckets and topics of earlier runs never leak into this one. */
    public static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    public static final String EXTRACTOR_VERSION = "1.4.0";

    private static final Map<String, String> ARTICLE_TENANTS = Map.of(ACME_ARTICLE, "acme", GLOBEX_ARTICLE, "globex");
    public static final List<JsonObject> RECEIVED = new CopyOnWriteArrayList<>();
    public static final List<String> REPROCESSED = new CopyOnWriteArrayList<>();
    public static volatile int outdatedArticles = 0;
    /** Milliseconds the stand-in waits before answering each reprocess call (to observe a job while it runs). */
    public static volatile long reprocessDelayMs = 0;

    private static Vertx vertx;
    private static HttpServer articleServer;
    private static int articlePort;
    private static int extractionPort;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        articlePort = freePort();
        extractionPort = freePort();
        startArticleService();
        await(vertx.createHttpServer().requestHandler(extractionRouter()).listen(extractionPort, "127.0.0.1").toCompletionStage());
        return Map.of(
                "newsroom.gateway.backends.article-service.url", "http://127.0.0.1:" + articlePort,
                "newsroom.gateway.backends.extraction-service.url", "http://127.0.0.1:" + extractionPort,
                "newsroom.gateway.quota.key-prefix", "gateway-test:" + RUN + ":",
                "newsroom.gateway.admin.submitted-topic", "gateway-test-" + RUN + ".submitted",
                "newsroom.gateway.admin.dead-letter-topic", "gateway-test-" + RUN + ".extraction-failed",
                "newsroom.gateway.admin.extraction-group", "gateway-test-" + RUN + ".extraction");
    }

    @Override
    public void stop() {
        await(vertx.close().toCompletionStage());
    }

    public static void stopArticleService() {
        await(articleServer.close().toCompletionStage());
    }

    public static void startArticleService() {
        articleServer = vertx.createHttpServer();
        await(articleServer.requestHandler(articleRouter()).listen(articlePort, "127.0.0.1").toCompletionStage());
    }

    public static JsonObject lastReceived() {
        return RECEIVED.get(RECEIVED.size() - 1);
    }

    private static Router articleRouter() {
        Router router = Router.router(vertx);
        router.route().handler(StubBackends::record);
        router.get("/api/v1/articles/" + SLOW_ARTICLE).handler(ctx ->
                vertx.setTimer(3_000, t -> ctx.response().end("{\"late\":true}")));
        router.get("/api/v1/articles").handler(ctx -> {
            String tenant = tenantOf(ctx.request());
            JsonArray items = new JsonArray();
            ARTICLE_TENANTS.forEach((id, owner) -> {
                if (tenant == null || tenant.equals(owner)) {
                    items.add(article(id, owner));
                }
            });
            json(ctx, 200, new JsonObject().put("items", items));
        });
        router.get("/api/v1/articles/:id").handler(ctx -> owned(ctx, () -> json(ctx, 200, article(ctx.pathParam("id"), ARTICLE_TENANTS.get(ctx.pathParam("id"))))));
        router.get("/api/v1/articles/:id/similar").handler(ctx -> owned(ctx, () -> json(ctx, 200,
                new JsonObject().put("articleId", ctx.pathParam("id")).put("items", new JsonArray()))));
        // a story of the stand-in has the id and tenant of an article
        router.get("/api/v1/stories/:id").handler(ctx -> owned(ctx, () -> json(ctx, 200, new JsonObject()
                .put("id", ctx.pathParam("id")).put("tenant", ARTICLE_TENANTS.get(ctx.pathParam("id"))).put("articleCount", 1))));
        router.delete("/api/v1/articles/:id").handler(ctx -> owned(ctx, () -> ctx.response().setStatusCode(204).end()));
        router.post("/api/v1/articles/:id/reprocess").handler(ctx -> owned(ctx, () -> vertx.setTimer(Math.max(1, reprocessDelayMs), t -> {
            REPROCESSED.add(ctx.pathParam("id"));
            json(ctx, 202, new JsonObject().put("id", ctx.pathParam("id")).put("status", "PENDING"));
        })));
        router.post("/api/v1/articles").handler(ctx -> ctx.request().body().onSuccess(body -> {
            String id = UUID.randomUUID().toString();
            ctx.response().putHeader("Location", "http://127.0.0.1:" + articlePort + "/api/v1/articles/" + id);
            json(ctx, 201, new JsonObject().put("id", id).put("tenant", tenantOf(ctx.request())).put("receivedBytes", body.length()));
        }));
        router.get("/api/v1/admin/articles/statistics").handler(ctx -> json(ctx, 200, new JsonObject().put("byTenant",
                new JsonArray().add(new JsonObject().put("tenant", "acme").put("status", "EXTRACTED").put("count", 1))
                        .add(new JsonObject().put("tenant", "globex").put("status", "FAILED").put("count", 1)))));
        router.get("/api/v1/admin/articles").handler(ctx -> {
            int after = ctx.request().getParam("after") == null ? 0 : Integer.parseInt(ctx.request().getParam("after"));
            int limit = Integer.parseInt(ctx.request().getParam("limit"));
            JsonArray items = new JsonArray();
            for (int i = after; i < Math.min(outdatedArticles, after + limit); i++) {
                items.add(new JsonObject().put("id", ACME_ARTICLE).put("tenant", "acme").put("status", "EXTRACTED")
                        .put("extractorVersion", "1.0.0"));
            }
            int next = after + items.size();
            json(ctx, 200, new JsonObject().put("items", items).put("total", outdatedArticles)
                    .put("next", next < outdatedArticles ? Integer.toString(next) : null));
        });
        router.get("/api/v1/webhooks").handler(ctx -> ctx.response().setStatusCode(200)
                .putHeader("Content-Type", "application/json").end("[]"));
        router.get("/q/openapi").handler(ctx -> json(ctx, 200, new JsonObject().put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", "article-service stand-in"))));
        return router;
    }

    private static Router extractionRouter() {
        Router router = Router.router(vertx);
        router.route().handler(StubBackends::record);
        router.post("/api/v1/extract").handler(ctx -> ctx.request().body().onSuccess(body -> json(ctx, 200,
                new JsonObject().put("document", "probe").put("extractorVersion", EXTRACTOR_VERSION)
                        .put("tenant", tenantOf(ctx.request())))));
        return router;
    }

    private static void record(RoutingContext ctx) {
        JsonObject headers = new JsonObject();
        ctx.request().headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
        RECEIVED.add(new JsonObject().put("method", ctx.request().method().name()).put("uri", ctx.request().uri())
                .put("headers", headers));
        ctx.next();
    }

    private static void owned(RoutingContext ctx, Runnable action) {
        String owner = ARTICLE_TENANTS.get(ctx.pathParam("id"));
        boolean admin = roles(ctx.request()).contains("admin");
        if (owner == null || (!admin && !owner.equals(tenantOf(ctx.request())))) {
            json(ctx, 404, new JsonObject().put("status", 404).put("title", "Not Found"));
        } else {
            action.run();
        }
    }

    private static JsonObject article(String id, String tenant) {
        return new JsonObject().put("id", id).put("tenant", tenant).put("title", "Story of " + tenant);
    }

    private static void json(RoutingContext ctx, int status, JsonObject body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
    }

    static JsonObject claims(HttpServerRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return new JsonObject();
        }
        String payload = authorization.substring(7).split("\\.")[1];
        return new JsonObject(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    private static String tenantOf(HttpServerRequest request) {
        return claims(request).getString("tenant");
    }

    private static List<Object> roles(HttpServerRequest request) {
        JsonObject access = claims(request).getJsonObject("realm_access", new JsonObject());
        return access.getJsonArray("roles", new JsonArray()).getList();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T await(java.util.concurrent.CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
