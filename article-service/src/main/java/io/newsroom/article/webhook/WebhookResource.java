package io.newsroom.article.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.article.rest.Problem;
import io.newsroom.article.service.ArticleProblem;
import io.newsroom.article.service.TenantScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.newsroom.article.service.TenantScope.ADMIN;
import static io.newsroom.article.service.TenantScope.PARTNER;

/**
 * Webhook endpoints of the caller's tenant (partner), or of any tenant (admin, query parameter tenant), and each
 * endpoint's delivery log. The secret is returned once, by the registration.
 */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({PARTNER, ADMIN})
@Tag(name = "Webhooks")
@APIResponse(responseCode = "401", description = "No token, or an expired or untrusted one",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not a partner or admin, or a partner naming another tenant",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class WebhookResource {

    static final int MAX_ENDPOINTS_PER_TENANT = 20;
    private static final Set<String> FIELDS = Set.of("url", "eventTypes", "secret", "description");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    WebhookStore store;

    @Inject
    WebhookConfig config;

    @Inject
    TenantScope tenants;

    @Inject
    ObjectMapper mapper;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EndpointView(UUID id, String tenant, String url, List<String> eventTypes, String description,
                               boolean enabled, String disabledReason, Instant disabledAt, int consecutiveFailures,
                               Instant failingSince, Instant createdAt,
                               @Schema(description = "Only in the answer to the registration") String secret) {
        static EndpointView of(WebhookStore.Endpoint e, String secret) {
            return new EndpointView(e.id(), e.tenant(), e.url(), e.eventTypes(), e.description(), e.enabled(),
                    e.disabledReason(), e.disabledAt(), e.consecutiveFailures(), e.failingSince(), e.createdAt(), secret);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeliveryView(UUID id, String eventType, UUID articleId, String status, int attempts,
                               Instant createdAt, Instant lastAttemptAt, Integer lastStatus, String lastError,
                               Instant nextAttemptAt, Instant deliveredAt) {
        static DeliveryView of(WebhookStore.Delivery d) {
            return new DeliveryView(d.id(), d.eventType(), d.articleId(), d.status(), d.attempts(), d.createdAt(),
                    d.lastAttemptAt(), d.lastStatus(), d.lastError(), d.status().equals("PENDING") ? d.nextAttemptAt() : null,
                    d.deliveredAt());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Register a webhook endpoint",
            description = "Body: url (https), eventTypes (article.extracted, article.failed), optional secret (16 to 256 "
                    + "characters; generated when absent) and description. The secret is in this answer only.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = EndpointView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@QueryParam("tenant") String tenant, String body) {
        String owner = tenants.writableTenant(tenant);
        JsonNode json = parse(body);
        TargetGuard guard = new TargetGuard(config.allowInsecureTargets());
        URI url;
        try {
            url = guard.checkSyntax(json.path("url").isTextual() ? json.get("url").asText() : null);
        } catch (IllegalArgumentException e) {
            throw ArticleProblem.badRequest(e.getMessage());
        }
        List<String> types = eventTypes(json.get("eventTypes"));
        String secret = secret(json.get("secret"));
        String description = description(json.get("description"));
        if (store.endpoints(owner).size() >= MAX_ENDPOINTS_PER_TENANT) {
            throw ArticleProblem.conflict("tenant " + owner + " already has " + MAX_ENDPOINTS_PER_TENANT + " webhook endpoints");
        }
        WebhookStore.Endpoint endpoint = new WebhookStore.Endpoint(UUID.randomUUID(), owner, url.toString(), types, secret,
                description, true, null, null, 0, null, Instant.now().truncatedTo(ChronoUnit.MICROS));
        store.insertEndpoint(endpoint);
        return Response.created(URI.create("/api/v1/webhooks/" + endpoint.id()))
                .entity(EndpointView.of(endpoint, secret)).build();
    }

    @GET
    @Operation(summary = "The webhook endpoints of the tenant (an admin without tenant: of every tenant)")
    public List<EndpointView> list(@QueryParam("tenant") String tenant) {
        return store.endpoints(tenants.readableTenant(tenant)).stream().map(e -> EndpointView.of(e, null)).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One webhook endpoint, with why it was disabled when it was")
    public EndpointView get(@PathParam("id") String id, @QueryParam("tenant") String tenant) {
        return EndpointView.of(visible(id, tenant), null);
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    @Operation(summary = "Remove a webhook endpoint and its delivery log")
    public Response delete(@PathParam("id") String id, @QueryParam("tenant") String tenant) {
        store.deleteEndpoint(visible(id, tenant).id());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/enable")
    @Transactional
    @Operation(summary = "Enable a disabled endpoint again; its waiting deliveries are sent at once")
    public EndpointView enable(@PathParam("id") String id, @QueryParam("tenant") String tenant) {
        WebhookStore.Endpoint endpoint = visible(id, tenant);
        store.enable(endpoint.id(), Instant.now().truncatedTo(ChronoUnit.MICROS));
        return EndpointView.of(store.endpoint(endpoint.id(), null).orElseThrow(), null);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "The endpoint's delivery log, newest first: status, attempts, last error, next attempt")
    public List<DeliveryView> deliveries(@PathParam("id") String id, @QueryParam("tenant") String tenant,
                                         @QueryParam("limit") String limit) {
        int size = 100;
        if (limit != null) {
            try {
                size = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                size = -1;
            }
            if (size < 1 || size > 1000) {
                throw ArticleProblem.badRequest("limit must be an integer from 1 to 1000");
            }
        }
        return store.deliveries(visible(id, tenant).id(), size).stream().map(DeliveryView::of).toList();
    }

    /** The endpoint when the caller may see it: another tenant's is not found, like one that does not exist. */
    private WebhookStore.Endpoint visible(String id, String tenant) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ArticleProblem.notFound("no webhook endpoint " + id);
        }
        String scope = tenants.readableTenant(tenant);
        return store.endpoint(uuid, scope).orElseThrow(() -> ArticleProblem.notFound("no webhook endpoint " + id));
    }

    private JsonNode parse(String body) {
        JsonNode json;
        try {
            json = body == null || body.isBlank() ? null : mapper.readTree(body);
        } catch (Exception e) {
            throw ArticleProblem.badRequest("the body is not valid JSON");
        }
        if (json == null || !json.isObject()) {
            throw ArticleProblem.badRequest("the body must be a JSON object");
        }
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw ArticleProblem.badRequest("unknown field '" + name + "' (known: url, eventTypes, secret, description)");
            }
        }
        return json;
    }

    private static List<String> eventTypes(JsonNode node) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw ArticleProblem.badRequest("eventTypes must be a non-empty array of " + WebhookEvents.TYPES);
        }
        Set<String> types = new LinkedHashSet<>();
        for (JsonNode type : node) {
            if (!type.isTextual() || !WebhookEvents.TYPES.contains(type.asText())) {
                throw ArticleProblem.badRequest("unknown event type " + type + " (known: " + WebhookEvents.TYPES + ")");
            }
            types.add(type.asText());
        }
        return new ArrayList<>(types);
    }

    private static String secret(JsonNode node) {
        if (node == null || node.isNull()) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        String secret = node.isTextual() ? node.asText() : "";
        if (secret.length() < 16 || secret.length() > 256 || !secret.chars().allMatch(c -> c > 32 && c < 127)) {
            throw ArticleProblem.badRequest("secret must be 16 to 256 printable ASCII characters without spaces");
        }
        return secret;
    }

    private static String description(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() || node.asText().length() > 500) {
            throw ArticleProblem.badRequest("description must be a text of at most 500 characters");
        }
        return node.asText();
    }
}
