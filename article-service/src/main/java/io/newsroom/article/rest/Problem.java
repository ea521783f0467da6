package io.newsroom.article.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the only error body this service returns. */
// serialized as a Response entity and by HttpLayerRefusals, never as a declared return type: native needs it listed
@RegisterForReflection
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(description = "URI identifying the kind of problem", examples = "about:blank") String type,
        @Schema(examples = "Bad request") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "contentType is required") String detail,
        @Schema(description = "Path of the request", examples = "/api/v1/articles") String instance,
        @Schema(description = "X-Request-Id of the request, to find it in the logs") String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
