package io.newsroom.article.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads a small declared body on the event loop before the endpoint runs, as RESTEasy does for a non-blocking
 * endpoint: a blocking endpoint (every write here) otherwise reads it as a stream that the event loop feeds through a
 * monitor, which cost about a sixth of article-service's CPU at 200 submissions/s. A larger or chunked body keeps the
 * streaming path and the HTTP layer's limits.
 */
@ApplicationScoped
public class SmallBodyBuffering {

    // after HttpLayerRefusals (-3) and Quarkus's comparison of a declared size with the limit (-2)
    private static final int AFTER_BODY_LIMIT = -1;

    @ConfigProperty(name = "quarkus.rest.input-buffer-size", defaultValue = "10k")
    MemorySize bufferSize;

    void install(@Observes Router router) {
        long limit = bufferSize.asLongValue();
        BodyHandler buffering = BodyHandler.create(false).setBodyLimit(limit);
        router.route().order(AFTER_BODY_LIMIT).handler(ctx -> {
            if (isSmallBody(ctx.request(), limit)) {
                buffering.handle(ctx);
            } else {
                ctx.next();
            }
        });
    }

    private static boolean isSmallBody(HttpServerRequest request, long limit) {
        HttpMethod method = request.method();
        if (method != HttpMethod.POST && method != HttpMethod.PUT && method != HttpMethod.PATCH) {
            return false;
        }
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null || request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            return false;
        }
        try {
            long length = Long.parseLong(declared.strip());
            return length > 0 && length <= limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
