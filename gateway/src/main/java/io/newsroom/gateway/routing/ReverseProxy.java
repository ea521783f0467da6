package io.newsroom.gateway.routing;

import io.netty.channel.ConnectTimeoutException;
import io.newsroom.gateway.config.GatewayConfig;
import io.newsroom.gateway.metrics.GatewayMetrics;
import io.quarkus.runtime.Startup;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.net.ConnectException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/** Streams a request to its backend and the answer back, with timeouts, retries, circuit breaking and a size limit. */
@Startup
@ApplicationScoped
public class ReverseProxy {

    private static final Logger LOG = Logger.getLogger(ReverseProxy.class);
    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.PUT, HttpMethod.DELETE);
    private static final long RETRY_BACKOFF_MS = 50;

    private final Map<String, HttpClient> clients = new HashMap<>();
    private final Map<String, BackendCircuit> circuits = new HashMap<>();
    private final Map<String, URI> urls = new HashMap<>();
    private final GatewayConfig config;
    private final Vertx vertx;
    private final GatewayMetrics metrics;

    @Inject
    public ReverseProxy(GatewayConfig config, Vertx vertx, GatewayMetrics metrics) {
        this.config = config;
        this.vertx = vertx;
        this.metrics = metrics;
        config.backends().forEach((name, backend) -> {
            HttpClientOptions options = new HttpClientOptions()
                    .setConnectTimeout((int) backend.connectTimeout().toMillis())
                    .setMaxPoolSize(backend.maxConnections())
                    .setKeepAlive(true)
                    .setTcpNoDelay(true)
                    .setDecompressionSupported(false);
            clients.put(name, vertx.createHttpClient(options));
            BackendCircuit circuit = new BackendCircuit(name, backend.failureThreshold(), backend.openDuration().toMillis());
            metrics.watch(circuit);
            circuits.put(name, circuit);
            urls.put(name, backend.url());
        });
    }

    @PreDestroy
    void close() {
        clients.values().forEach(HttpClient::close);
    }

    public Map<String, BackendCircuit> circuits() {
        return circuits;
    }

    public void forward(RoutingContext ctx, GatewayRoute route) {
        HttpServerRequest request = ctx.request();
        long maxBody = config.maxBodySize().asLongValue();
        String declaredLength = request.getHeader("Content-Length");
        if (declaredLength != null && parseLength(declaredLength) > maxBody) {
            Problems.send(ctx, 413, "request body larger than " + maxBody + " bytes");
            return;
        }
        GatewayConfig.Route routeConfig = config.routes().get(route.configKey);
        boolean hasBody = isChunked(request) || (declaredLength != null && parseLength(declaredLength) > 0);
        int attempts = IDEMPOTENT.contains(request.method()) && !hasBody ? 1 + routeConfig.retries() : 1;
        String query = request.query();
        attempt(ctx, route.backend, routeConfig, hasBody, maxBody, attempts,
                route.backendPath(ctx.normalizedPath()) + (query == null ? "" : "?" + query));
    }

    /** Proxies a GET without authentication or quotas, for the public API documentation of a backend. */
    public void forwardDocument(RoutingContext ctx, String backend, String path) {
        if (!clients.containsKey(backend)) {
            Problems.send(ctx, 404, "no backend " + backend);
            return;
        }
        attempt(ctx, backend, config.routes().get(GatewayRoute.ARTICLES_READ.configKey), false, 0, 1, path);
    }

    private void attempt(RoutingContext ctx, String backend, GatewayConfig.Route route, boolean hasBody, long maxBody,
                         int attemptsLeft, String uri) {
        BackendCircuit circuit = circuits.get(backend);
        if (!circuit.tryAcquire()) {
            ctx.response().putHeader("Retry-After", Long.toString(circuit.secondsUntilProbe()));
            Problems.send(ctx, 503, backend + " is failing; its circuit is open");
            return;
        }
        URI target = urls.get(backend);
        RequestOptions options = new RequestOptions()
                .setMethod(ctx.request().method())
                .setHost(target.getHost())
                .setPort(target.getPort())
                .setURI(uri)
                .setHeaders(ForwardedHeaders.toBackend(ctx.request(), RequestTracking.requestId(ctx)))
                .setIdleTimeout(route.timeout().toMillis());
        long started = System.nanoTime();
        clients.get(backend).request(options).onComplete(connected -> {
            if (connected.failed()) {
                if (attemptsLeft > 1 && !ctx.response().closed()) {
                    vertx.setTimer(RETRY_BACKOFF_MS, t -> attempt(ctx, backend, route, hasBody, maxBody, attemptsLeft - 1, uri));
                    return;
                }
                transportFailure(ctx, circuit, backend, started, connected.cause());
                return;
            }
            HttpClientRequest backendRequest = connected.result();
            backendRequest.exceptionHandler(error -> LOG.debugf("request to %s ended: %s", backend, error));
            backendRequest.response().onComplete(answered -> {
                if (answered.failed()) {
                    transportFailure(ctx, circuit, backend, started, answered.cause());
                } else {
                    metrics.backendAnswered(backend, started, GatewayMetrics.statusClass(answered.result().statusCode()));
                    circuit.onSuccess();
                    relayResponse(ctx, target, answered.result());
                }
            });
            if (hasBody) {
                streamBody(ctx, backendRequest, maxBody);
            } else {
                backendRequest.end();
            }
        });
    }

    private void streamBody(RoutingContext ctx, HttpClientRequest backendRequest, long maxBody) {
        HttpServerRequest request = ctx.request();
        if (request.isEnded()) {
            Buffer buffered = ctx.body().buffer();
            backendRequest.end(buffered == null ? Buffer.buffer() : buffered);
            return;
        }
        if (isChunked(request)) {
            backendRequest.setChunked(true);
        } else {
            backendRequest.putHeader("Content-Length", request.getHeader("Content-Length"));
        }
        long[] received = {0};
        request.handler(chunk -> {
            received[0] += chunk.length();
            if (received[0] > maxBody) {
                request.handler(null);
                Problems.send(ctx, 413, "request body larger than " + maxBody + " bytes");
                backendRequest.reset();
                return;
            }
            backendRequest.write(chunk);
            if (backendRequest.writeQueueFull()) {
                request.pause();
                backendRequest.drainHandler(v -> request.resume());
            }
        });
        request.endHandler(v -> {
            if (received[0] <= maxBody) {
                backendRequest.end();
            }
        });
        request.exceptionHandler(error -> backendRequest.reset());
        request.resume();
    }

    private void relayResponse(RoutingContext ctx, URI backend, HttpClientResponse backendResponse) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.closed()) {
            backendResponse.request().reset();
            return;
        }
        response.setStatusCode(backendResponse.statusCode());
        response.setStatusMessage(backendResponse.statusMessage());
        ForwardedHeaders.toClient(backendResponse.headers(), response.headers());
        String location = response.headers().get("Location");
        if (location != null) {
            response.headers().set("Location", ForwardedHeaders.clientLocation(location, backend, ctx.request()));
        }
        String length = backendResponse.getHeader("Content-Length");
        if (length != null) {
            response.putHeader("Content-Length", length);
        } else if (ctx.request().method() != HttpMethod.HEAD) {
            response.setChunked(true);
        }
        backendResponse.handler(chunk -> {
            response.write(chunk);
            if (response.writeQueueFull()) {
                backendResponse.pause();
                response.drainHandler(v -> backendResponse.resume());
            }
        });
        backendResponse.endHandler(v -> response.end());
        backendResponse.exceptionHandler(error -> response.reset());
        response.closeHandler(v -> backendResponse.request().reset());
    }

    private void transportFailure(RoutingContext ctx, BackendCircuit circuit, String backend, long started,
                                  Throwable cause) {
        if (ctx.response().closed() || ctx.response().ended()) {
            circuit.onAbandoned();
            return;
        }
        circuit.onFailure();
        if (cause instanceof TimeoutException || cause instanceof ConnectTimeoutException
                || cause.getClass().getSimpleName().contains("Timeout")) {
            metrics.backendAnswered(backend, started, GatewayMetrics.TIMEOUT);
            Problems.send(ctx, 504, backend + " did not answer in time");
        } else if (cause instanceof ConnectException) {
            metrics.backendAnswered(backend, started, GatewayMetrics.REFUSED);
            Problems.send(ctx, 502, backend + " refused the connection");
        } else {
            metrics.backendAnswered(backend, started, GatewayMetrics.FAILED);
            LOG.debugf(cause, "transport failure towards %s", backend);
            Problems.send(ctx, 502, backend + " failed: " + cause.getClass().getSimpleName());
        }
    }

    private static boolean isChunked(HttpServerRequest request) {
        String encoding = request.getHeader("Transfer-Encoding");
        return encoding != null && encoding.toLowerCase().contains("chunked");
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
