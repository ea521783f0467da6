package io.newsroom.article.rest;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.VertxOptionsCustomizer;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.impl.HttpServerConnection;
import io.vertx.core.json.Json;
import io.vertx.core.spi.tracing.SpanKind;
import io.vertx.core.spi.tracing.TagExtractor;
import io.vertx.core.spi.tracing.VertxTracer;
import io.vertx.core.tracing.TracingOptions;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/**
 * Answers with a problem document what the HTTP layer refuses before JAX-RS runs, where Vert.x and Quarkus answer with
 * an empty body: a request line or headers that do not parse (400), too long (414) or too large (431), a target that
 * is not a URI (400), a body over quarkus.http.limits.max-body-size, declared or chunked (413), a missing Host (400).
 */
@ApplicationScoped
public class HttpLayerRefusals implements VertxOptionsCustomizer {

    private static final Logger LOG = Logger.getLogger(HttpLayerRefusals.class);
    // just before Quarkus compares a declared body size with the limit (order -2)
    private static final int BEFORE_BODY_LIMIT = -3;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    /**
     * Quarkus offers no hook on its HTTP server, and Vert.x picks the handler of such a request only after announcing
     * the request to its tracer: this tracer traces nothing, it hands that connection the handler that answers.
     */
    @Override
    public void accept(VertxOptions options) {
        options.setTracingOptions(new TracingOptions().setFactory(tracing -> new RefusingTracer()));
    }

    void install(@Observes Router router) {
        long limit = maxBodySize.asLongValue();
        BodyHandler bounded = BodyHandler.create(false).setBodyLimit(limit);
        router.route().order(BEFORE_BODY_LIMIT)
                .handler(ctx -> {
                    if (declaredLength(ctx.request()) > limit) {
                        bounded.handle(ctx);
                    } else if (ctx.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
                        readChunkedOfKnownCaller(ctx, bounded);
                    } else {
                        ctx.next();
                    }
                })
                .failureHandler(ctx -> refuseRouted(ctx, limit));
    }

    /**
     * A chunked body is read here, within the limit, where RESTEasy would meet the limit mid-stream and answer a bare
     * 413; only for an authenticated caller, since the endpoint refuses anyone else without reading the body.
     */
    private static void readChunkedOfKnownCaller(RoutingContext ctx, BodyHandler bounded) {
        QuarkusHttpUser.getSecurityIdentity(ctx, null).subscribe().with(identity -> {
            if (identity == null || identity.isAnonymous()) {
                ctx.next();
            } else {
                bounded.handle(ctx);
            }
        }, unauthenticated -> ctx.next());
    }

    private static final class RefusingTracer implements VertxTracer<Void, Void> {

        @Override
        public <R> Void receiveRequest(Context context, SpanKind kind, TracingPolicy policy, R request, String operation,
                                       Iterable<Map.Entry<String, String>> headers, TagExtractor<R> tagExtractor) {
            // HTTP/1.x only: an HTTP/2 connection carries other requests than this one
            if (request instanceof HttpServerRequest http && http.version() != HttpVersion.HTTP_2
                    && http.connection() instanceof HttpServerConnection connection) {
                if (http.decoderResult().isFailure()) {
                    connection.invalidRequestHandler(HttpLayerRefusals::refuseUnparsed);
                } else if (!isUri(http.uri())) {
                    // Quarkus answers a bare 400 to such a target before any route runs
                    connection.handler(target -> refuseAndClose(target, 400, "The request target is not a valid URI"));
                }
            }
            return null;
        }
    }

    private static void refuseUnparsed(HttpServerRequest request) {
        Throwable cause = request.decoderResult().cause();
        if (cause instanceof TooLongHttpLineException) {
            refuseAndClose(request, 414, "The request line is longer than this service accepts");
        } else if (cause instanceof TooLongHttpHeaderException) {
            refuseAndClose(request, 431, "The request headers are larger than this service accepts");
        } else {
            refuseAndClose(request, 400, "The request line or a header is not valid HTTP/1.1");
        }
    }

    private static void refuseAndClose(HttpServerRequest request, int status, String detail) {
        // what follows on this connection cannot be trusted to start a request
        request.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        refuse(request, status, detail, null).onComplete(sent -> request.connection().close());
    }

    private static void refuseRouted(RoutingContext ctx, long limit) {
        HttpServerRequest request = ctx.request();
        if (ctx.response().headWritten()) {
            request.connection().close();
            return;
        }
        int status = ctx.statusCode() > 0 ? ctx.statusCode()
                : ctx.failure() instanceof HttpException http ? http.getStatusCode() : 500;
        if (status == 413) {
            refuse(request, 413, "The request body is more than " + limit + " bytes; this service accepts at most "
                    + limit + " bytes per request", request.path());
        } else if (status >= 500) {
            LOG.errorf(ctx.failure(), "HTTP layer failure on %s %s", request.method(), request.path());
            refuse(request, 500, "The request failed unexpectedly; quote the requestId when reporting it",
                    request.path());
        } else {
            String reason = ctx.failure() != null ? ctx.failure().getMessage() : null;
            String detail = reason != null ? reason : HttpResponseStatus.valueOf(status).reasonPhrase();
            refuse(request, status, detail, request.path());
        }
        if (!request.isEnded()) {
            // the rest of the body is read and dropped: a caller still sending it gets the answer
            request.handler(null).resume();
        }
    }

    private static Future<Void> refuse(HttpServerRequest request, int status, String detail, String path) {
        String requestId = RequestIdFilter.acceptedOrNew(request.getHeader(RequestIdFilter.HEADER));
        Problem problem = new Problem("about:blank", HttpResponseStatus.valueOf(status).reasonPhrase(), status, detail,
                path, requestId);
        return request.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(RequestIdFilter.HEADER, requestId)
                .end(Json.encode(problem));
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isUri(String target) {
        try {
            return target != null && new URI(target) != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
