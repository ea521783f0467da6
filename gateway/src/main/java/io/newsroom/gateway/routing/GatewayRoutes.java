package io.newsroom.gateway.routing;

import io.newsroom.gateway.metrics.GatewayMetrics;
import io.newsroom.gateway.quota.QuotaService;
import io.newsroom.gateway.security.Caller;
import io.newsroom.gateway.security.RevokedClients;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * The gateway's door, installed on the HTTP router: request ids and access log first, then (after Quarkus has
 * validated the bearer token) the role check, the quota, and the hand-over to a backend or to the admin API.
 */
@ApplicationScoped
public class GatewayRoutes {

    // Quarkus runs CORS at order -300, authentication at -200 and authorization at -100.
    private static final int TRACKING_ORDER = -1000;
    private static final int GATE_ORDER = -50;
    private static final int NOT_FOUND_ORDER = Integer.MAX_VALUE - 10;
    static final String CHALLENGE = "Bearer realm=\"newsroom\"";

    @Inject
    ReverseProxy proxy;

    @Inject
    QuotaService quotas;

    @Inject
    RevokedClients revokedClients;

    @Inject
    GatewayMetrics metrics;

    void install(@Observes Router router) {
        router.route().order(TRACKING_ORDER).handler(new RequestTracking());
        router.route().order(GATE_ORDER).handler(this::gate);
        router.get("/openapi/:backend").handler(ctx -> proxy.forwardDocument(ctx, ctx.pathParam("backend"), "/q/openapi?format=json"));
        router.route().order(NOT_FOUND_ORDER).handler(ctx -> Problems.send(ctx, 404, "no such resource"));
        router.route().failureHandler(this::failure);
    }

    private void gate(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String path = ctx.normalizedPath();
        if (GatewayRoute.isPublic(path) || GatewayRoute.isConsole(path)) {
            ctx.next();
            return;
        }
        Optional<Caller> found = Caller.of(ctx);
        if (found.isEmpty()) {
            ctx.response().putHeader("WWW-Authenticate", CHALLENGE);
            Problems.send(ctx, 401, "a bearer token of realm newsroom is required");
            return;
        }
        Caller caller = found.get();
        ctx.put(RequestTracking.CLIENT, caller.clientId());
        ctx.put(RequestTracking.TENANT, caller.tenant());
        if (revokedClients.refuses(ctx, caller)) {
            ctx.response().putHeader("WWW-Authenticate", CHALLENGE + ", error=\"invalid_token\"");
            Problems.send(ctx, 401, "the token's client " + caller.clientId() + " was disabled or deleted");
            return;
        }
        Optional<GatewayRoute> matched = GatewayRoute.match(request.method(), path);
        if (matched.isEmpty()) {
            Problems.send(ctx, 404, "no such resource");
            return;
        }
        GatewayRoute route = matched.get();
        if (!caller.hasAnyRole(route.roles)) {
            Problems.send(ctx, 403, "this route needs one of the roles " + route.roles);
            return;
        }
        if (!caller.isAdmin() && (caller.tenant() == null || caller.tenant().isBlank())) {
            Problems.send(ctx, 403, "the token carries no tenant");
            return;
        }
        boolean bodyPending = !request.isEnded();
        if (bodyPending) {
            request.pause();
        }
        quotas.take(caller).onComplete(decided -> {
            if (decided.failed()) {
                ctx.fail(decided.cause());
                return;
            }
            decided.result().writeHeaders(ctx.response());
            if (!decided.result().allowed()) {
                metrics.quotaRefused(caller.clientId());
                Problems.send(ctx, 429, "quota of client " + caller.clientId() + " exhausted");
            } else if (route.isProxied()) {
                proxy.forward(ctx, route);
            } else {
                if (bodyPending) {
                    request.resume();
                }
                ctx.next();
            }
        });
    }

    private void failure(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure instanceof AuthenticationFailedException) {
            ctx.response().putHeader("WWW-Authenticate", CHALLENGE + ", error=\"invalid_token\"");
            Problems.send(ctx, 401, "the bearer token is not valid (signature, issuer, audience or expiry)");
        } else if (ctx.statusCode() == 413) {
            Problems.send(ctx, 413, "request body too large");
            if (!ctx.request().isEnded()) {
                // the rest of the body is read and dropped: a caller still sending it gets the answer
                ctx.request().handler(null).resume();
            }
        } else if (ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
            Problems.send(ctx, ctx.statusCode(), failure != null ? failure.getMessage() : null);
        } else {
            ctx.next();
        }
    }
}
