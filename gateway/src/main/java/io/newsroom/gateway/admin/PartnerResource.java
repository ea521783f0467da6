package io.newsroom.gateway.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

@Path("/admin/v1/partners")
@RolesAllowed("admin")
@Tag(name = "admin: partners")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerResource {

    @Inject
    PartnerOnboarding onboarding;

    /** A new partner: its tenant, and optionally its client id (default partner-TENANT). */
    public record NewPartner(String tenant, String clientId, String description) {
    }

    @GET
    @Operation(summary = "Partner clients (clients with a tenant claim)")
    public List<PartnerOnboarding.Partner> list() {
        return onboarding.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a partner: confidential client with client-credentials, tenant claim, audience and role partner")
    public Response create(NewPartner partner) {
        if (partner == null) {
            throw new BadRequestException("a body {\"tenant\": ...} is required");
        }
        PartnerOnboarding.Credentials credentials = onboarding.onboard(partner.tenant(), partner.clientId(), partner.description());
        return Response.created(URI.create("/admin/v1/partners/" + credentials.clientId())).entity(credentials).build();
    }

    @GET
    @Path("/{clientId}")
    @Operation(summary = "One partner")
    public PartnerOnboarding.Partner describe(@PathParam("clientId") String clientId) {
        return onboarding.describe(clientId);
    }

    @POST
    @Path("/{clientId}/secret")
    @Operation(summary = "Rotate a partner's client secret; the old one stops working at once")
    public PartnerOnboarding.Credentials rotate(@PathParam("clientId") String clientId) {
        return onboarding.rotateSecret(clientId);
    }

    @POST
    @Path("/{clientId}/disable")
    @Operation(summary = "Disable a partner: it gets no new token, and the tokens it has are refused within seconds")
    public PartnerOnboarding.Partner disable(@PathParam("clientId") String clientId) {
        return onboarding.disable(clientId);
    }

    @POST
    @Path("/{clientId}/enable")
    @Operation(summary = "Enable a disabled partner again (tokens issued before it was disabled stay refused)")
    public PartnerOnboarding.Partner enable(@PathParam("clientId") String clientId) {
        return onboarding.enable(clientId);
    }

    @DELETE
    @Path("/{clientId}")
    @Operation(summary = "Delete a partner's client; the tokens it has are refused within seconds")
    public PartnerOnboarding.Partner delete(@PathParam("clientId") String clientId) {
        return onboarding.delete(clientId);
    }
}
