package io.newsroom.gateway.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsroom.gateway.client.KeycloakAdminClient;
import io.newsroom.gateway.config.GatewayConfig;
import io.newsroom.gateway.security.RevokedClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * Creates and manages partner applications as Keycloak confidential clients (client-credentials grant) whose tokens
 * carry the tenant claim, audience newsroom-api and realm role partner.
 */
@ApplicationScoped
public class PartnerOnboarding {

    static final String TENANT_MAPPER = "tenant";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final Logger LOG = Logger.getLogger(PartnerOnboarding.class);

    @Inject
    @RestClient
    KeycloakAdminClient keycloak;

    @Inject
    GatewayConfig config;

    @Inject
    RevokedClients revoked;

    @Inject
    ObjectMapper json;

    public record Partner(String clientId, String tenant, boolean enabled) {
    }

    public record Credentials(String clientId, String tenant, String secret, String tokenEndpoint) {
    }

    /**
     * Creates a partner of the tenant, whose client id is {@code clientId} or by default partner-TENANT; refused (400)
     * when either is not a lower-case name.
     */
    public Credentials onboard(String tenant, String clientId, String description) {
        if (tenant == null || !NAME.matcher(tenant).matches()) {
            throw new BadRequestException("tenant must match " + NAME.pattern());
        }
        String id = clientId == null || clientId.isBlank() ? "partner-" + tenant : clientId;
        if (!NAME.matcher(id).matches()) {
            throw new BadRequestException("clientId must match " + NAME.pattern());
        }
        return create(id, tenant, description == null || description.isBlank() ? null : description);
    }

    /**
     * Creates the partner's client; its tokens look like the seeded partners': audience newsroom-api only and the
     * realm role partner (with the reader role it holds), because the client's scope is that role alone.
     * Refused (409) when a client of that id exists.
     */
    private Credentials create(String clientId, String tenant, String description) {
        String realm = config.admin().realm();
        if (findClient(clientId).isPresent()) {
            throw alreadyExists(clientId);
        }
        // a client of this id deleted moments ago: its tokens stay refused, the new client's pass
        waitUntilSecond(revoked.restore(clientId));
        try (Response created = keycloak.createClient(realm, clientRepresentation(clientId, tenant, description))) {
            LOG.infof("partner %s created for tenant %s (status %d)", clientId, tenant, created.getStatus());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                throw alreadyExists(clientId);
            }
            throw e;
        }
        JsonNode client = findClient(clientId).orElseThrow(() -> new IllegalStateException("client vanished: " + clientId));
        String id = client.get("id").asText();
        String serviceUser = keycloak.serviceAccountUser(realm, id).get("id").asText();
        List<JsonNode> partnerRole = List.of(keycloak.realmRole(realm, "partner"));
        try (Response scoped = keycloak.addRealmScopes(realm, id, partnerRole);
             Response granted = keycloak.addRealmRoles(realm, serviceUser, partnerRole)) {
            LOG.debugf("partner role granted to %s (status %d, %d)", clientId, scoped.getStatus(), granted.getStatus());
        }
        return new Credentials(clientId, tenant, keycloak.secret(realm, id).get("value").asText(), tokenEndpoint());
    }

    public Credentials rotateSecret(String clientId) {
        JsonNode client = partnerClient(clientId);
        String secret = keycloak.regenerateSecret(config.admin().realm(), client.get("id").asText()).get("value").asText();
        LOG.infof("secret of partner %s rotated", clientId);
        return new Credentials(clientId, tenantOf(client).orElse(null), secret, tokenEndpoint());
    }

    /** Disables the partner: it gets no new token, and the gateway refuses the ones it has within seconds. */
    public Partner disable(String clientId) {
        Partner partner = setEnabled(partnerClient(clientId), false);
        revoked.revoke(clientId);
        return partner;
    }

    /**
     * Enables a disabled partner again; tokens issued before it was disabled stay refused, those Keycloak issues after
     * the enable pass (the revocation's cut-off is brought back before Keycloak can issue one).
     */
    public Partner enable(String clientId) {
        JsonNode client = partnerClient(clientId);
        waitUntilSecond(revoked.restore(clientId));
        return setEnabled(client, true);
    }

    /** Token issue times are whole seconds: a token is newer than the cut-off only from the second after it. */
    private static void waitUntilSecond(long second) {
        long wait = second * 1000 - System.currentTimeMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Deletes the partner's client; its live tokens are refused like a disabled partner's. */
    public Partner delete(String clientId) {
        JsonNode client = partnerClient(clientId);
        try (Response deleted = keycloak.deleteClient(config.admin().realm(), client.get("id").asText())) {
            LOG.infof("partner %s deleted (status %d)", clientId, deleted.getStatus());
        }
        revoked.revoke(clientId);
        return new Partner(clientId, tenantOf(client).orElse(null), false);
    }

    private Partner setEnabled(JsonNode found, boolean enabled) {
        ObjectNode client = (ObjectNode) found;
        String clientId = client.get("clientId").asText();
        client.put("enabled", enabled);
        try (Response updated = keycloak.updateClient(config.admin().realm(), client.get("id").asText(), client)) {
            LOG.infof("partner %s %s (status %d)", clientId, enabled ? "enabled" : "disabled", updated.getStatus());
        }
        return new Partner(clientId, tenantOf(client).orElse(null), enabled);
    }

    private static ClientErrorException alreadyExists(String clientId) {
        return new ClientErrorException("partner " + clientId + " already exists", Response.Status.CONFLICT);
    }

    public List<Partner> list() {
        return keycloak.clients(config.admin().realm(), null, 1000).stream()
                .filter(client -> tenantOf(client).isPresent())
                .map(client -> new Partner(client.get("clientId").asText(), tenantOf(client).get(),
                        client.path("enabled").asBoolean()))
                .toList();
    }

    public Partner describe(String clientId) {
        JsonNode client = partnerClient(clientId);
        return new Partner(clientId, tenantOf(client).orElse(null), client.path("enabled").asBoolean());
    }

    /** Only clients with a hard-coded tenant claim are partners; other clients (the admin API's own) are out of reach. */
    private JsonNode partnerClient(String clientId) {
        return findClient(clientId).filter(client -> tenantOf(client).isPresent())
                .orElseThrow(() -> new NotFoundException("no partner " + clientId));
    }

    private Optional<JsonNode> findClient(String clientId) {
        return keycloak.clients(config.admin().realm(), clientId, null).stream()
                .filter(client -> clientId.equals(client.path("clientId").asText())).findFirst();
    }

    private static Optional<String> tenantOf(JsonNode client) {
        JsonNode mappers = client.path("protocolMappers");
        return StreamSupport.stream(mappers.spliterator(), false)
                .filter(mapper -> TENANT_MAPPER.equals(mapper.path("name").asText())
                        && "oidc-hardcoded-claim-mapper".equals(mapper.path("protocolMapper").asText()))
                .map(mapper -> mapper.path("config").path("claim.value").asText())
                .findFirst();
    }

    private String tokenEndpoint() {
        return config.admin().keycloakUrl() + "/realms/" + config.admin().realm() + "/protocol/openid-connect/token";
    }

    private JsonNode clientRepresentation(String clientId, String tenant, String description) {
        ObjectNode client = json.createObjectNode()
                .put("clientId", clientId)
                .put("name", clientId)
                .put("description", description == null ? "Partner application of tenant " + tenant : description)
                .put("enabled", true)
                .put("protocol", "openid-connect")
                .put("publicClient", false)
                .put("clientAuthenticatorType", "client-secret")
                .put("serviceAccountsEnabled", true)
                .put("standardFlowEnabled", false)
                .put("implicitFlowEnabled", false)
                .put("directAccessGrantsEnabled", false)
                // only the realm role partner (scope-mapped after creation) reaches the tokens, no default role
                .put("fullScopeAllowed", false);
        client.putObject("attributes").put("client_credentials.use_refresh_token", "false");
        ArrayNode mappers = client.putArray("protocolMappers");
        ObjectNode tenantMapper = mappers.addObject().put("name", TENANT_MAPPER).put("protocol", "openid-connect")
                .put("protocolMapper", "oidc-hardcoded-claim-mapper");
        tenantMapper.putObject("config").put("claim.name", "tenant").put("claim.value", tenant)
                .put("jsonType.label", "String").put("access.token.claim", "true").put("id.token.claim", "true")
                .put("introspection.token.claim", "true").put("userinfo.token.claim", "true");
        ObjectNode audienceMapper = mappers.addObject().put("name", "audience " + config.admin().audience())
                .put("protocol", "openid-connect").put("protocolMapper", "oidc-audience-mapper");
        audienceMapper.putObject("config").put("included.custom.audience", config.admin().audience())
                .put("access.token.claim", "true").put("id.token.claim", "false")
                .put("introspection.token.claim", "true");
        return client;
    }
}
