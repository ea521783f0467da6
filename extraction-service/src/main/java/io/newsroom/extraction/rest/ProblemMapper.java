package io.newsroom.extraction.rest;

import io.newsroom.extraction.service.OversizedArticleException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into application/problem+json; the one place errors are rendered. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response badRequest(BadRequestException error, ContainerRequestContext request) {
        String title = switch (error.status()) {
            case 415 -> "Unsupported media type";
            case 422 -> "Binary content";
            default -> "Bad request";
        };
        return problem(error.status(), title, error.getMessage(), request);
    }

    @ServerExceptionMapper
    public Response oversized(OversizedArticleException error, ContainerRequestContext request) {
        return problem(413, "Content too large", error.getMessage(), request);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthenticated(RuntimeException error, ContainerRequestContext request) {
        return Response.fromResponse(problem(401, "Unauthorized",
                        "A valid bearer token from the newsroom realm is required (missing, expired or not trusted)",
                        request))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"newsroom\"")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException error, ContainerRequestContext request) {
        return problem(403, "Forbidden", "The token's roles do not allow this operation (partner or admin needed)",
                request);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException error, ContainerRequestContext request) {
        int status = error.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : "HTTP " + status;
        return problem(status, title, error.getMessage() != null ? error.getMessage() : title, request);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception error, ContainerRequestContext request) {
        LOG.errorf(error, "Unexpected failure on %s %s", request.getMethod(), request.getUriInfo().getPath());
        return problem(500, "Internal server error",
                "The request failed unexpectedly; quote the requestId when reporting it", request);
    }

    static Response problem(int status, String title, String detail, ContainerRequestContext request) {
        Problem body = new Problem("about:blank", title, status, detail, request.getUriInfo().getPath(),
                RequestIdFilter.requestIdOf(request));
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
