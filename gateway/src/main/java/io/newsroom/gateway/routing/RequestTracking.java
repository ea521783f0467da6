package io.newsroom.gateway.routing;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;

import java.util.UUID;
import java.util.regex.Pattern;

/** Gives every request an id (the caller's when it is well formed) and writes its access log line. */
public final class RequestTracking implements Handler<RoutingContext> {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    static final String REQUEST_ID = "newsroom.requestId";
    static final String CLIENT = "newsroom.client";
    static final String TENANT = "newsroom.tenant";

    private static final Logger ACCESS = Logger.getLogger("io.newsroom.gateway.access");
    private static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    @Override
    public void handle(RoutingContext ctx) {
        long started = System.nanoTime();
        String requestId = acceptedOrNew(ctx.request().getHeader(REQUEST_ID_HEADER));
        ctx.put(REQUEST_ID, requestId);
        // Downstream code (JAX-RS mappers, the proxy) reads the id from the header, so replace a rejected one.
        ctx.request().headers().set(REQUEST_ID_HEADER, requestId);
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(REQUEST_ID_HEADER, requestId));
        ctx.addEndHandler(v -> ACCESS.infof("%s %s %d %.1fms client=%s tenant=%s requestId=%s",
                ctx.request().method(), ctx.request().path(), ctx.response().getStatusCode(),
                (System.nanoTime() - started) / 1_000_000.0,
                orDash(ctx.get(CLIENT)), orDash(ctx.get(TENANT)), requestId));
        ctx.next();
    }

    /** The caller's request id when it is well formed, else a fresh one. */
    static String acceptedOrNew(String offered) {
        return offered != null && VALID_ID.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    public static String requestId(RoutingContext ctx) {
        return ctx.get(REQUEST_ID);
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
