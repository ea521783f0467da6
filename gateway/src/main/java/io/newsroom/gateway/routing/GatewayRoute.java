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
    ADMIN("admin", null, Set.of(Caller.ADMIN)),
    METRICS("metrics", null, Set.of(Caller.ADMIN));

    private static final String ARTICLES = "/api/v1/articles";
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

    public boolean isProxied() {
        return backend != null;
    }
}
