package io.newsroom.gateway.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Who may use the console: a signed-in user (the HTTP permission {@code console} sent everyone else to Keycloak's
 * login page) with the realm role {@code admin}. Anyone else gets the "not allowed" page, with a way to sign out.
 */
public class ConsoleAccess {

    static final String ADMIN = "admin";

    @Inject
    SecurityIdentity identity;

    @Inject
    @Location("console/not-allowed.html")
    Template notAllowed;

    @ServerRequestFilter
    public Response requireAdmin(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!(path.equals("/console") || path.startsWith("/console/")) || path.equals("/console/signed-out")) {
            return null;
        }
        if (!identity.isAnonymous() && identity.hasRole(ADMIN)) {
            return null;
        }
        String user = identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("preferred_username") != null
                ? jwt.getClaim("preferred_username") : identity.isAnonymous() ? null : identity.getPrincipal().getName();
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(notAllowed.data("user", user).render()).build();
    }
}
