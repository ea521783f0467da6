package io.newsroom.gateway.rest;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure of the admin API into problem+json, carrying the request id. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response backendAnswered(ClientWebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse().getStatus();
        // A backend's client error (404 of an unknown article, 409) is the caller's; its server error is ours: 502.
        String detail = BackendRefusal.of(e);
        return problem(status >= 500 ? 502 : status, status >= 500 ? "backend failed: " + detail : detail, headers, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        return problem(e.getResponse().getStatus(), e.getMessage(), headers, uri);
    }

    @ServerExceptionMapper
    public Response backendUnreachable(ProcessingException e, HttpHeaders headers, UriInfo uri) {
        LOG.warnf("backend unreachable: %s", e.getMessage());
        return problem(502, "backend unreachable: " + e.getMessage(), headers, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return Response.fromResponse(problem(401, "a bearer token of realm newsroom is required", headers, uri))
                .header("WWW-Authenticate", "Bearer realm=\"newsroom\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return problem(403, "role admin required", headers, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        LOG.errorf(e, "admin request %s failed", uri.getPath());
        return problem(500, e.getClass().getSimpleName(), headers, uri);
    }

    private static Response problem(int status, String detail, HttpHeaders headers, UriInfo uri) {
        Problem problem = Problem.of(status, detail, uri.getPath(), headers.getHeaderString("X-Request-Id"));
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
