package io.newsroom.gateway.security;

import io.newsroom.gateway.routing.GatewayRoute;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;

/**
 * Asked before Quarkus OIDC's bearer mechanism: a token this replica has already verified is answered from
 * {@link VerifiedTokens} without decoding it again. Any other request gets no answer here, and OIDC, next in line,
 * verifies the token (which records it) or refuses it, with its own challenge.
 */
@ApplicationScoped
public class VerifiedBearerMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    @Inject
    VerifiedTokens verified;

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 500;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (GatewayRoute.isConsole(context.normalizedPath())) {
            // the console signs people in with its own session; a bearer token opens none of its pages
            return Uni.createFrom().nullItem();
        }
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Uni.createFrom().nullItem();
        }
        SecurityIdentity known = verified.find(authorization.substring(BEARER.length()).trim());
        if (known == null) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(known)
                .addAttribute(VerifiedTokens.ROUTING_CONTEXT, context).build());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        // the challenge is OIDC's (and the gateway's own 401 problem sets WWW-Authenticate)
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }
}
