package io.newsroom.gateway.routing;

import io.newsroom.gateway.security.Caller;
import io.vertx.core.http.HttpMethod;

import java.util.Optional;
import java.util.Set;

/** The routes behind the gateway's door, the roles each admits, and where each goes. */
public enum GatewayRoute {
    ARTICLES_READ("articles-read", "article-service", Set.of(Caller.READER, Caller.PARTNER, Caller.ADMIN)),
    ARTICLES_WRITE("articles-write", "article-service", Set.of(Caller.PARTNER, Caller.ADMIN)),
    EXTRACT("extract", "extraction-service", Set.of(Caller.PARTNER, Caller.ADMIN)),
    /** The partner's own webhook endpoints; an admin names the tenant (article-service checks it). */
    WEBHOOKS("webhooks", "article-service", Set.of(Caller.PARTNER, Caller.ADMIN)),
    /** The admin API's view of every tenant's webhook endpoints: /admin/v1/webhooks/... goes to /api/v1/webhooks/... */
    ADMIN_WEBHOOKS("webhooks", "article-service", Set.of(Caller.ADMIN)),
    ADMIN("admin", null, Set.of(Caller.ADMIN)),
    METRICS("metrics", null, Set.of(Caller.ADMIN));

    private static final String ARTICLES = "/api/v1/articles";
    private static final String WEBHOOKS_PATH = "/api/v1/webhooks";
    private static final String ADMIN_WEBHOOKS_PATH = "/admin/v1/webhooks";
    private static final String STORIES = "/api/v1/stories";

    public final String configKey;
    /** Backend name in configuration, null when the gateway answers itself. */
    public final String backend;
    public final Set<String> roles;

    GatewayRoute(String configKey, String backend, Set<String> roles) {
        this.configKey = configKey;
        this.backend = backend;
        this.roles = roles;
    }

    public static Optional<GatewayRoute> match(HttpMethod method, String path) {
        if (path.equals(ARTICLES) || path.startsWith(ARTICLES + "/") || path.startsWith(STORIES + "/")) {
            boolean read = method == HttpMethod.GET || method == HttpMethod.HEAD;
            return Optional.of(read ? ARTICLES_READ : ARTICLES_WRITE);
        }
        if (path.equals("/api/v1/extract")) {
            return Optional.of(EXTRACT);
        }
        if (path.equals(WEBHOOKS_PATH) || path.startsWith(WEBHOOKS_PATH + "/")) {
            return Optional.of(WEBHOOKS);
        }
        if (path.equals(ADMIN_WEBHOOKS_PATH) || path.startsWith(ADMIN_WEBHOOKS_PATH + "/")) {
            return Optional.of(ADMIN_WEBHOOKS);
        }
        if (path.startsWith("/admin/v1/")) {
            return Optional.of(ADMIN);
        }
        if (path.equals("/q/metrics")) {
            return Optional.of(METRICS);
        }
        return Optional.empty();
    }

    /** Paths anyone may read: health probes and API documentation. */
    public static boolean isPublic(String path) {
        return path.startsWith("/q/health") || path.startsWith("/q/openapi") || path.startsWith("/q/swagger-ui")
                || path.startsWith("/openapi/");
    }

    /**
     * The admin console's pages and the web assets they load: they have their own login (the OIDC web-app tenant
     * {@code console}, a session cookie) and their own role check, never the bearer gate.
     */
    public static boolean isConsole(String path) {
        return path.equals("/console") || path.startsWith("/console/") || path.startsWith("/webjars/");
    }

    /** The path on the backend for a request path of this route. */
    public String backendPath(String path) {
        return this == ADMIN_WEBHOOKS ? WEBHOOKS_PATH + path.substring(ADMIN_WEBHOOKS_PATH.length()) : path;
    }

    public boolean isProxied() {
        return backend != null;
    }
}
