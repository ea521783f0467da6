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
    public static final String EXTRACTED_TEXT = "Vladimir Putin told Reuters: \"Talks <b>will</b> go on Monday.\" A & B.";
    public static final String NEXT_CURSOR = "page-2";

    private static final Map<String, String> ARTICLE_TENANTS = Map.of(ACME_ARTICLE, "acme", GLOBEX_ARTICLE, "globex");
    public static final List<JsonObject> RECEIVED = new CopyOnWriteArrayList<>();
    public static final List<String> REPROCESSED = new CopyOnWriteArrayList<>();
    /** The version the stand-in has stored extractions of (the only one "in use"). */
    public static final String VERSION_IN_USE = "1.0.0";
    /** Jobs as the stand-in stored them, by id, and the bodies of the job requests it got. */
    public static final Map<String, JsonObject> JOBS = new java.util.concurrent.ConcurrentHashMap<>();
    public static final List<JsonObject> JOB_REQUESTS = new CopyOnWriteArrayList<>();
    /** Dead letters replayed (name to article id), as article-service records them. */
    public static final Map<String, String> REPLAYED = new java.util.concurrent.ConcurrentHashMap<>();

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
            JsonObject page = new JsonObject().put("items", items);
            if (ctx.request().getParam("limit") != null) {
                page.put("limit", Integer.parseInt(ctx.request().getParam("limit")))
                        .put("nextCursor", ctx.request().getParam("cursor") == null ? NEXT_CURSOR : null);
            }
            json(ctx, 200, page);
        });
        router.get("/api/v1/articles/:id/extraction").handler(ctx -> owned(ctx, () -> {
            if (ACME_ARTICLE.equals(ctx.pathParam("id"))) {
                json(ctx, 200, new JsonObject().put("articleId", ACME_ARTICLE).put("status", "EXTRACTED")
                        .put("extractorVersion", VERSION_IN_USE).put("extraction", extraction()));
            } else {
                problem(ctx, 409, "article " + ctx.pathParam("id") + " is not extracted (status FAILED)");
            }
        }));
        router.get("/api/v1/articles/:id").handler(ctx -> owned(ctx, () -> json(ctx, 200, article(ctx.pathParam("id"), ARTICLE_TENANTS.get(ctx.pathParam("id"))))));
        router.get("/api/v1/articles/:id/similar").handler(ctx -> owned(ctx, () -> json(ctx, 200,
                new JsonObject().put("articleId", ctx.pathParam("id")).put("items", new JsonArray()))));
        // a story of the stand-in has the id and tenant of an article
        router.get("/api/v1/stories/:id").handler(ctx -> owned(ctx, () -> json(ctx, 200, new JsonObject()
                .put("id", ctx.pathParam("id")).put("tenant", ARTICLE_TENANTS.get(ctx.pathParam("id"))).put("articleCount", 1))));
        router.delete("/api/v1/articles/:id").handler(ctx -> owned(ctx, () -> ctx.response().setStatusCode(204).end()));
        router.post("/api/v1/articles/:id/reprocess").handler(ctx -> owned(ctx, () -> vertx.setTimer(1, t -> {
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
        jobEndpoints(router);
        router.get("/api/v1/webhooks").handler(ctx -> ctx.response().setStatusCode(200)
                .putHeader("Content-Type", "application/json").end("[]"));
        router.get("/q/openapi").handler(ctx -> json(ctx, 200, new JsonObject().put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", "article-service stand-in"))));
        return router;
    }

    /** A stand-in for article-service's job endpoints: it answers as they do, and runs nothing. */
    private static void jobEndpoints(Router router) {
        router.get("/api/v1/admin/extractor-versions").handler(ctx -> json(ctx, 200, new JsonObject().put("versions",
                new JsonArray().add(new JsonObject().put("version", VERSION_IN_USE).put("articles", 7)))));
        router.post("/api/v1/admin/reextractions").handler(ctx -> ctx.request().body().onSuccess(body -> {
            JsonObject request = body.toJsonObject();
            JOB_REQUESTS.add(request);
            String version = request.getString("extractorVersion");
            if (version != null && !version.equals(VERSION_IN_USE)) {
                problem(ctx, 422, "extractor version " + version + " made no stored extraction; versions in use: " + VERSION_IN_USE);
                return;
            }
            JsonObject job = job(version != null ? "EXTRACTOR_VERSION" : "OUTDATED", 7)
                    .put("extractorVersion", version).put("belowVersion", request.getString("belowVersion"))
                    .put("tenant", request.getString("tenant")).put("maxPerSecond", request.getInteger("maxPerSecond"));
            json(ctx, 202, job);
        }));
        router.get("/api/v1/admin/reextractions").handler(ctx -> json(ctx, 200, new JsonObject().put("jobs",
                new JsonArray(JOBS.values().stream().sorted((a, b) -> b.getString("createdAt").compareTo(a.getString("createdAt")))
                        .toList())), "jobs"));
        router.get("/api/v1/admin/reextractions/:id").handler(ctx -> {
            JsonObject job = JOBS.get(ctx.pathParam("id"));
            if (job == null) {
                problem(ctx, 404, "no re-extraction job " + ctx.pathParam("id"));
            } else {
                json(ctx, 200, job);
            }
        });
        router.delete("/api/v1/admin/reextractions/:id").handler(ctx -> {
            JsonObject job = JOBS.get(ctx.pathParam("id"));
            if (job == null) {
                problem(ctx, 404, "no re-extraction job " + ctx.pathParam("id"));
            } else if (!List.of("QUEUED", "RUNNING").contains(job.getString("state"))) {
                problem(ctx, 409, "re-extraction job " + ctx.pathParam("id") + " has already ended (" + job.getString("state") + ")");
            } else {
                json(ctx, 202, job.put("state", "CANCELLED"));
            }
        });
        router.post("/api/v1/admin/dead-letters/replays").handler(ctx -> ctx.request().body().onSuccess(body -> {
            JsonArray replayed = new JsonArray();
            JsonArray earlier = new JsonArray();
            JsonObject job = job("ARTICLES", 0);
            for (Object named : body.toJsonObject().getJsonArray("letters")) {
                JsonObject letter = (JsonObject) named;
                JsonObject replay = new JsonObject().put("letter", letter.getString("letter"))
                        .put("articleId", letter.getString("articleId")).put("jobId", job.getString("id"));
                (REPLAYED.putIfAbsent(letter.getString("letter"), letter.getString("articleId")) == null ? replayed : earlier).add(replay);
            }
            if (replayed.isEmpty()) {
                JOBS.remove(job.getString("id"));
                problem(ctx, 409, "every dead letter named was replayed before");
                return;
            }
            replayed.forEach(replay -> REPROCESSED.add(((JsonObject) replay).getString("articleId")));
            job.put("total", replayed.size());
            json(ctx, 202, new JsonObject().put("job", job).put("replayed", replayed).put("earlier", earlier));
        }));
        router.post("/api/v1/admin/dead-letters/replays/lookup").handler(ctx -> ctx.request().body().onSuccess(body -> {
            JsonArray replays = new JsonArray();
            for (Object letter : body.toJsonObject().getJsonArray("letters")) {
                String articleId = REPLAYED.get((String) letter);
                if (articleId != null) {
                    replays.add(new JsonObject().put("letter", letter).put("articleId", articleId));
                }
            }
            json(ctx, 200, new JsonObject().put("replays", replays));
        }));
    }

    /**
     * The stand-in's extraction of the acme article: a person and an outlet, a quote that holds markup and a date, as
     * offsets into {@link #EXTRACTED_TEXT}.
     */
    private static JsonObject extraction() {
        String text = EXTRACTED_TEXT;
        int quote = text.indexOf("Talks");
        int monday = text.indexOf("Monday");
        int reuters = text.indexOf("Reuters");
        return new JsonObject().put("text", text)
                .put("entities", new JsonArray()
                        .add(new JsonObject().put("id", "e1").put("type", "PERSON").put("name", "Vladimir Putin")
                                .put("roles", new JsonArray().add("Russian President")).put("aliases", new JsonArray().add("Putin"))
                                .put("mentions", new JsonArray().add(span(0, 14, text))))
                        .add(new JsonObject().put("id", "e2").put("type", "ORGANIZATION").put("name", "Reuters")
                                .put("mentions", new JsonArray().add(span(reuters, reuters + 7, text)))))
                .put("quotes", new JsonArray().add(span(quote, text.indexOf('"', quote), text).put("speaker", "Vladimir Putin")
                        .put("speakerId", "e1").put("via", "Reuters").put("direct", true).put("cue", "told")))
                .put("sources", new JsonArray().add(new JsonObject().put("name", "Reuters").put("entityId", "e2")))
                .put("dates", new JsonArray().add(span(monday, monday + 6, text).put("value", "2025-05-19")));
    }

    private static JsonObject span(int start, int end, String text) {
        return new JsonObject().put("text", text.substring(start, end)).put("start", start).put("end", end);
    }

    private static JsonObject job(String kind, long total) {
        JsonObject job = new JsonObject().put("id", UUID.randomUUID().toString()).put("kind", kind).put("state", "QUEUED")
                .put("total", total).put("done", 0).put("failed", 0).put("createdAt", java.time.Instant.now().toString());
        JOBS.put(job.getString("id"), job);
        return job;
    }

    private static void problem(RoutingContext ctx, int status, String detail) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json")
                .end(new JsonObject().put("status", status).put("title", "refused").put("detail", detail).encode());
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

    /** Answers the array held in the field (article-service answers some lists as bare arrays). */
    private static void json(RoutingContext ctx, int status, JsonObject holder, String field) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(holder.getJsonArray(field).encode());
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
