package io.newsroom.gateway.routing;

import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.newsroom.gateway.rest.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.VertxOptionsCustomizer;
import io.vertx.core.Context;
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
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/**
 * Answers with a problem document what the HTTP layer refuses before any route runs, where Vert.x and Quarkus answer
 * with an empty body: a request line or headers that do not parse (400), too long (414) or too large (431), a target
 * that is not a URI (400); and reads an admin API body within quarkus.http.limits.max-body-size, so that a body over
 * it, declared or chunked, is a 413 problem of {@link GatewayRoutes} rather than a bare 413 of Quarkus or RESTEasy.
 */
@ApplicationScoped
public class HttpLayerRefusals implements VertxOptionsCustomizer {

    // after the gate has let the caller in (-50), just before Quarkus compares a declared size with the limit (-2)
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
        BodyHandler bounded = BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue());
        router.route().order(BEFORE_BODY_LIMIT).handler(ctx -> {
            HttpServerRequest request = ctx.request();
            boolean admitted = ctx.get(RequestTracking.CLIENT) != null;
            if (admitted && (request.headers().contains(HttpHeaders.TRANSFER_ENCODING)
                    || request.headers().contains(HttpHeaders.CONTENT_LENGTH))) {
                bounded.handle(ctx);
            } else {
                ctx.next();
            }
        });
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
                    connection.handler(refused -> refuse(refused, 400, "the request target is not a valid URI"));
                }
            }
            return null;
        }
    }

    private static void refuseUnparsed(HttpServerRequest request) {
        Throwable cause = request.decoderResult().cause();
        if (cause instanceof TooLongHttpLineException) {
            refuse(request, 414, "the request line is longer than the gateway accepts");
        } else if (cause instanceof TooLongHttpHeaderException) {
            refuse(request, 431, "the request headers are larger than the gateway accepts");
        } else {
            refuse(request, 400, "the request line or a header is not valid HTTP/1.1");
        }
    }

    private static void refuse(HttpServerRequest request, int status, String detail) {
        String requestId = RequestTracking.acceptedOrNew(request.getHeader(RequestTracking.REQUEST_ID_HEADER));
        request.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(RequestTracking.REQUEST_ID_HEADER, requestId)
                .putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE)
                // whatever follows on this connection cannot be trusted to start a request
                .end(Json.encode(Problem.of(status, detail, null, requestId)))
                .onComplete(sent -> request.connection().close());
    }

    private static boolean isUri(String target) {
        try {
            return target != null && new URI(target) != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
