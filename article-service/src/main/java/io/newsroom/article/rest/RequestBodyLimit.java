package io.newsroom.article.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Refuses a body over quarkus.http.limits.max-body-size with a problem document. Vert.x would answer a bare 413;
 * this route runs just before its check (order -2) and declares the same limit.
 */
@ApplicationScoped
public class RequestBodyLimit {

    private static final int BEFORE_VERTX_BODY_LIMIT = -3;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    void install(@Observes Router router) {
        maxBodySize.ifPresent(limit -> router.route().order(BEFORE_VERTX_BODY_LIMIT)
                .handler(context -> refuseOversized(context, limit.asLongValue())));
    }

    private void refuseOversized(RoutingContext context, long limit) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !declaresMoreThan(length, limit)) {
            context.next();
            return;
        }
        String requestId = RequestIdFilter.acceptedOrNew(context.request().getHeader(RequestIdFilter.HEADER));
        Problem problem = new Problem("about:blank", "Content too large", 413,
                "The request body is " + length.strip() + " bytes; this service accepts at most " + limit
                        + " bytes per request", context.request().path(), requestId);
        context.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(RequestIdFilter.HEADER, requestId)
                // the unread body would otherwise be taken for the next request on this connection
                .putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE)
                .end(json(problem));
    }

    private static boolean declaresMoreThan(String length, long limit) {
        try {
            return Long.parseLong(length.strip()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String json(Problem problem) {
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
