package io.newsroom.extraction.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.UUID;
import java.util.regex.Pattern;

/** Accepts the caller's X-Request-Id (or makes one), logs with it and returns it. */
public class RequestIdFilter {

    public static final String HEADER = "X-Request-Id";
    static final String PROPERTY = RequestIdFilter.class.getName();

    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @ServerRequestFilter(preMatching = true)
    public void assignRequestId(ContainerRequestContext request) {
        String requestId = acceptedOrNew(request.getHeaderString(HEADER));
        request.setProperty(PROPERTY, requestId);
        MDC.put("requestId", requestId);
    }

    @ServerResponseFilter
    public void returnRequestId(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, requestIdOf(request));
    }

    /** The caller's request id when it is safe to log and echo, else a fresh one. */
    static String acceptedOrNew(String offered) {
        return offered != null && ACCEPTABLE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    static String requestIdOf(ContainerRequestContext request) {
        Object requestId = request.getProperty(PROPERTY);
        return requestId != null ? requestId.toString() : UUID.randomUUID().toString();
    }
}
