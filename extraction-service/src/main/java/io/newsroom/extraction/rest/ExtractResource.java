package io.newsroom.extraction.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.extraction.engine.ExtractionRequest;
import io.newsroom.extraction.service.ExtractionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.Locale;

/**
 * {@code POST /api/v1/extract}: the extraction document of an ad-hoc article, nothing stored. The body is either
 * {@code {"content", "contentType", "published", "document"}} as JSON, or the article itself as text/plain or
 * text/html (then {@code published} and {@code document} are query parameters).
 */
@Path("/api/v1/extract")
@RolesAllowed({"partner", "admin"})
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class ExtractResource {

    private static final String VIA = "rest";

    private final ExtractionService extraction;
    private final ObjectMapper mapper;

    public ExtractResource(ExtractionService extraction, ObjectMapper mapper) {
        this.extraction = extraction;
        this.mapper = mapper;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract an article given as a JSON request")
    @RequestBody(description = "{\"content\": \"...\", \"contentType\": \"text/plain\", \"published\": \"2025-05-20\", "
            + "\"document\": \"my-name\"}")
    public Response extractJson(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String mediaType) {
        JsonNode root;
        try {
            root = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree(RequestBodyText.decode(body, mediaType));
        } catch (JsonProcessingException e) {
            throw new BadRequestException(400, "the body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new BadRequestException(400, "the body must be a JSON object");
        }
        String content = text(root, "content");
        if (content == null || content.isBlank()) {
            throw new BadRequestException(400, "content is required");
        }
        extraction.checkSize(content);
        RequestBodyText.checkCharacters("content", content);
        RequestBodyText.checkText(content);
        String contentType = text(root, "contentType");
        return extract(new ExtractionRequest(text(root, "document"), content,
                articleType(contentType == null ? MediaType.TEXT_PLAIN : contentType), text(root, "published")));
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Operation(summary = "Extract an article sent as the raw text or HTML body")
    public Response extractRaw(byte[] bytes, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                               @QueryParam("published") String published, @QueryParam("document") String document) {
        String body = RequestBodyText.decode(bytes, contentType);
        if (body.isBlank()) {
            throw new BadRequestException(400, "the body is empty");
        }
        extraction.checkSize(body);
        RequestBodyText.checkCharacters("the body", body);
        RequestBodyText.checkText(body);
        return extract(new ExtractionRequest(document, body, articleType(contentType), published));
    }

    private Response extract(ExtractionRequest request) {
        ExtractionService.Extraction result = extraction.extract(request, VIA);
        return Response.ok(result.json(), MediaType.APPLICATION_JSON_TYPE)
                .header("X-Extractor-Version", extraction.extractorVersion())
                .build();
    }

    private static String articleType(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        int parameters = type.indexOf(';');
        type = (parameters >= 0 ? type.substring(0, parameters) : type).strip();
        if (!type.equals(MediaType.TEXT_PLAIN) && !type.equals(MediaType.TEXT_HTML)) {
            throw new BadRequestException(415, "contentType must be text/plain or text/html, not " + contentType);
        }
        return type;
    }

    private static String text(JsonNode root, String name) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new BadRequestException(400, name + " must be a string");
        }
        return node.asText();
    }
}
