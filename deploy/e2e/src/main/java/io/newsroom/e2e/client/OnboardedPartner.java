package io.newsroom.e2e.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.e2e.client.TokenSource.Partner;

import java.util.UUID;

/**
 * A partner an admin onboards through the gateway's admin API for one scenario, in a tenant of its own (unique per
 * run, so reruns and runs side by side never meet), and deletes again afterwards.
 */
public record OnboardedPartner(String clientId, String tenant, String secret) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Onboards partner-PREFIX-XXXXXXXX through POST /admin/v1/partners. */
    public static OnboardedPartner create(GatewayClient gateway, String tenantPrefix, String description) {
        String tenant = tenantPrefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = gateway.post(Partner.ADMIN, "/admin/v1/partners",
                JSON.createObjectNode().put("tenant", tenant).put("description", description).toString());
        if (created.status() != 201) {
            throw new IllegalStateException("could not onboard a partner for tenant " + tenant + ": " + created);
        }
        return new OnboardedPartner(created.json().path("clientId").asText(), tenant, created.json().path("secret").asText());
    }

    public String path() {
        return "/admin/v1/partners/" + clientId;
    }

    /** A new access token of this partner (client credentials). */
    public String token(TokenSource tokens) {
        ApiResponse granted = tokens.clientCredentials(clientId, secret);
        if (granted.status() != 200) {
            throw new IllegalStateException("no token for " + clientId + ": " + granted);
        }
        return granted.json().path("access_token").asText();
    }

    /** Removes the partner (its Keycloak client) through DELETE /admin/v1/partners/{clientId}; gone already is fine. */
    public void delete(GatewayClient gateway) {
        ApiResponse deleted = gateway.delete(Partner.ADMIN, path());
        if (!deleted.isSuccess() && deleted.status() != 404) {
            throw new IllegalStateException("could not delete partner " + clientId + ": " + deleted);
        }
    }
}
