package io.newsroom.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** Keycloak's admin REST API, called with the newsroom-admin-api service account's token. */
@RegisterRestClient(configKey = "keycloak-admin")
@OidcClientFilter
@Path("/admin/realms/{realm}")
public interface KeycloakAdminClient {

    @GET
    @Path("/clients")
    List<JsonNode> clients(@PathParam("realm") String realm, @QueryParam("clientId") String clientId,
                           @QueryParam("max") Integer max);

    @POST
    @Path("/clients")
    Response createClient(@PathParam("realm") String realm, JsonNode client);

    @PUT
    @Path("/clients/{id}")
    Response updateClient(@PathParam("realm") String realm, @PathParam("id") String id, JsonNode client);

    @DELETE
    @Path("/clients/{id}")
    Response deleteClient(@PathParam("realm") String realm, @PathParam("id") String id);

    /** Realm roles the client's tokens may carry (with fullScopeAllowed false, no other role reaches its tokens). */
    @POST
    @Path("/clients/{id}/scope-mappings/realm")
    Response addRealmScopes(@PathParam("realm") String realm, @PathParam("id") String id, List<JsonNode> roles);

    @GET
    @Path("/clients/{id}/service-account-user")
    JsonNode serviceAccountUser(@PathParam("realm") String realm, @PathParam("id") String id);

    @GET
    @Path("/roles/{role}")
    JsonNode realmRole(@PathParam("realm") String realm, @PathParam("role") String role);

    @POST
    @Path("/users/{userId}/role-mappings/realm")
    Response addRealmRoles(@PathParam("realm") String realm, @PathParam("userId") String userId, List<JsonNode> roles);

    @GET
    @Path("/clients/{id}/client-secret")
    JsonNode secret(@PathParam("realm") String realm, @PathParam("id") String id);

    @POST
    @Path("/clients/{id}/client-secret")
    JsonNode regenerateSecret(@PathParam("realm") String realm, @PathParam("id") String id);
}
