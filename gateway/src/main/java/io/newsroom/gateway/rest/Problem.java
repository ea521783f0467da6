package io.newsroom.gateway.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.netty.handler.codec.http.HttpResponseStatus;

/** An RFC 9457 problem document; every error the gateway answers has this shape. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://newsroom.io/problems/";

    public static Problem of(int status, String detail, String instance, String requestId) {
        String title = HttpResponseStatus.valueOf(status).reasonPhrase();
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        return new Problem(TYPE_BASE + slug, title, status, detail, instance, requestId);
    }
}
