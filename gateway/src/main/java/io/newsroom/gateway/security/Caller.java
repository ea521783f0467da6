package io.newsroom.gateway.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.Set;

/** Who sent a request, as the validated bearer token says: client (azp), tenant claim and realm roles. */
public record Caller(String clientId, String tenant, Set<String> roles) {

    public static final String ADMIN = "admin";
    public static final String PARTNER = "partner";
    public static final String READER = "reader";
    /** The identity attribute under which a verified token's caller is kept, so it is read from the claims once. */
    static final String ATTRIBUTE = Caller.class.getName();

    /** The authenticated caller of a request, empty for an anonymous one. */
    public static Optional<Caller> of(RoutingContext ctx) {
        if (!(ctx.user() instanceof QuarkusHttpUser user)) {
            return Optional.empty();
        }
        SecurityIdentity identity = user.getSecurityIdentity();
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        if (identity.getAttribute(ATTRIBUTE) instanceof Caller known) {
            return Optional.of(known);
        }
        return from(identity);
    }

    /** The caller a validated token names, empty when the identity is not a token's. */
    static Optional<Caller> from(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Optional.empty();
        }
        String client = jwt.getClaim("azp");
        if (client == null) {
            client = jwt.getClaim("client_id");
        }
        if (client == null) {
            client = jwt.getSubject();
        }
        return Optional.of(new Caller(client, jwt.getClaim("tenant"), identity.getRoles()));
    }

    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }

    public boolean hasAnyRole(Set<String> allowed) {
        for (String role : allowed) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** The most privileged realm role, which picks the default quota. */
    public Optional<String> topRole() {
        return Optional.ofNullable(isAdmin() ? ADMIN : roles.contains(PARTNER) ? PARTNER : roles.contains(READER) ? READER : null);
    }
}
