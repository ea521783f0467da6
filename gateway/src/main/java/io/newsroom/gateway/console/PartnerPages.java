package io.newsroom.gateway.console;

import io.newsroom.gateway.admin.PartnerOnboarding;
import io.newsroom.gateway.admin.PartnerOnboarding.Credentials;
import io.newsroom.gateway.admin.PartnerOnboarding.Partner;
import io.newsroom.gateway.rest.BackendRefusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Partners: the list; create one and rotate its secret (the secret is shown once, on the answer to the form, never in
 * a URL); disable, enable again, delete after a confirm step. The same onboarding as the admin API's.
 */
@Path("/console/partners")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class PartnerPages {

    /** What the list's notice says after an action, by the action's name in the redirect. */
    private static final Map<String, String> DONE = Map.of(
            "disabled", "disabled: it gets no new token, and the tokens it has are refused",
            "enabled", "enabled again: its new tokens pass (those of before the disable stay refused)",
            "deleted", "deleted: its tokens are refused");

    @CheckedTemplate(basePath = "console", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance partners(String user, List<Partner> partners, String partner, String done, String error);

        static native TemplateInstance partnerSecret(String user, Credentials credentials, boolean created);

        static native TemplateInstance partnerDelete(String user, Partner partner);
    }

    @Inject
    ConsoleSession session;

    @Inject
    ConsoleCsrf csrf;

    @Inject
    PartnerOnboarding onboarding;

    @GET
    public TemplateInstance list(@QueryParam("partner") String partner, @QueryParam("done") String done) {
        return listWith(partner, done == null ? null : DONE.get(done), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam(ConsoleCsrf.FIELD) String token, @FormParam("tenant") String tenant,
                           @FormParam("clientId") String clientId, @FormParam("description") String description) {
        csrf.verify(token);
        return act(() -> ConsoleAnswers.page(201, Templates.partnerSecret(session.user(), onboarding.onboard(
                tenant == null ? null : tenant.trim(), clientId == null ? null : clientId.trim(), description), true)));
    }

    @POST
    @Path("/{clientId}/secret")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rotate(@PathParam("clientId") String clientId, @FormParam(ConsoleCsrf.FIELD) String token) {
        csrf.verify(token);
        return act(() -> ConsoleAnswers.page(200, Templates.partnerSecret(session.user(), onboarding.rotateSecret(clientId), false)));
    }

    @POST
    @Path("/{clientId}/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disable(@PathParam("clientId") String clientId, @FormParam(ConsoleCsrf.FIELD) String token) {
        csrf.verify(token);
        return act(() -> done(onboarding.disable(clientId), "disabled"));
    }

    @POST
    @Path("/{clientId}/enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enable(@PathParam("clientId") String clientId, @FormParam(ConsoleCsrf.FIELD) String token) {
        csrf.verify(token);
        return act(() -> done(onboarding.enable(clientId), "enabled"));
    }

    /** The confirm step of a delete: what will go, and the form that does it. */
    @GET
    @Path("/{clientId}/delete")
    public Response confirmDelete(@PathParam("clientId") String clientId) {
        return act(() -> ConsoleAnswers.page(200, Templates.partnerDelete(session.user(), onboarding.describe(clientId))));
    }

    @POST
    @Path("/{clientId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("clientId") String clientId, @FormParam(ConsoleCsrf.FIELD) String token) {
        csrf.verify(token);
        return act(() -> done(onboarding.delete(clientId), "deleted"));
    }

    private TemplateInstance listWith(String partner, String done, String error) {
        List<Partner> partners = onboarding.list().stream().sorted(Comparator.comparing(Partner::clientId)).toList();
        return Templates.partners(session.user(), partners, partner, done, error);
    }

    private static Response done(Partner partner, String action) {
        return ConsoleAnswers.seeOther(UriBuilder.fromPath("/console/partners").queryParam("partner", partner.clientId())
                .queryParam("done", action).build());
    }

    /** Runs an action on one partner; a refusal (no such partner, Keycloak's own) is the list with the reason. */
    private Response act(java.util.function.Supplier<Response> action) {
        try {
            return action.get();
        } catch (WebApplicationException e) {
            return ConsoleAnswers.page(e.getResponse().getStatus(), listWith(null, null, BackendRefusal.of(e)));
        }
    }
}
