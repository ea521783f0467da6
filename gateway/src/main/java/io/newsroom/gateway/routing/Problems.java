package io.newsroom.gateway.routing;

import io.newsroom.gateway.rest.Problem;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

import java.util.Objects;

/** Writes problem+json answers on the Vert.x side of the gateway. */
final class Problems {

    private Problems() {
    }

    static void send(RoutingContext ctx, int status, String detail) {
        if (ctx.response().ended()) {
            return;
        }
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        // a request refused before any route ran (no Host, say) has no id yet
        String requestId = Objects.requireNonNullElseGet(RequestTracking.requestId(ctx),
                () -> RequestTracking.acceptedOrNew(ctx.request().getHeader(RequestTracking.REQUEST_ID_HEADER)));
        Problem problem = Problem.of(status, detail, ctx.request().path(), requestId);
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.encode(problem));
    }
}
