package io.newsroom.gateway.console;

import io.newsroom.gateway.admin.ReextractionJob;
import io.newsroom.gateway.admin.ReextractionJobs;
import io.newsroom.gateway.client.ArticleAdminClient.VersionInUse;
import io.newsroom.gateway.config.GatewayConfig;
import io.newsroom.gateway.rest.BackendRefusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.util.List;

/**
 * Re-extraction: start a job for a version in use (of all tenants or one), follow its progress, cancel it, and the
 * history of jobs; the jobs are article-service's, as the admin API's are, so every replica shows the same.
 */
@Path("/console/reextractions")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class ReextractionPages {

    @CheckedTemplate(basePath = "console", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance reextractions(String user, List<VersionInUse> versions, List<String> tenants,
                                                     List<ReextractionJob> jobs, int refreshSeconds, String error);

        static native TemplateInstance reextractions$history(List<ReextractionJob> jobs, int refreshSeconds);

        static native TemplateInstance reextraction(String user, ReextractionJob job, int refreshSeconds, String notice,
                                                    String error);

        static native TemplateInstance reextraction$progress(ReextractionJob job, int refreshSeconds);
    }

    @Inject
    ConsoleSession session;

    @Inject
    ConsoleCsrf csrf;

    @Inject
    ReextractionJobs jobs;

    @Inject
    GatewayConfig config;

    @Inject
    SuiteOverview suite;

    @GET
    public TemplateInstance list() {
        return listWith(null);
    }

    @GET
    @Path("/history")
    public TemplateInstance history() {
        return Templates.reextractions$history(jobs.all(session.authorization(), session.requestId()), refreshSeconds());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@FormParam(ConsoleCsrf.FIELD) String token, @FormParam("extractorVersion") String version,
                          @FormParam("tenant") String tenant) {
        csrf.verify(token);
        if (version == null || version.isBlank()) {
            return ConsoleAnswers.page(422, listWith("Choose the extractor version whose articles are to be extracted again."));
        }
        try {
            ReextractionJob job = jobs.start(session.authorization(), session.requestId(), new ReextractionJobs.JobRequest(
                    version.trim(), null, tenant == null || tenant.isBlank() ? null : tenant.trim(), null));
            return ConsoleAnswers.seeOther(UriBuilder.fromPath("/console/reextractions/{id}").queryParam("started", "1")
                    .build(job.id()));
        } catch (WebApplicationException e) {
            return ConsoleAnswers.page(e.getResponse().getStatus(), listWith(BackendRefusal.of(e)));
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@PathParam("id") String id, @QueryParam("started") String started,
                                   @QueryParam("cancelled") String cancelled) {
        String notice = started != null ? "Job started." : cancelled != null ? "Job cancelled: no article is queued any more." : null;
        return Templates.reextraction(session.user(), job(id), refreshSeconds(), notice, null);
    }

    @GET
    @Path("/{id}/progress")
    public TemplateInstance progress(@PathParam("id") String id) {
        return Templates.reextraction$progress(job(id), refreshSeconds());
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") String id, @FormParam(ConsoleCsrf.FIELD) String token) {
        csrf.verify(token);
        try {
            jobs.cancel(session.authorization(), session.requestId(), id);
            return ConsoleAnswers.seeOther(UriBuilder.fromPath("/console/reextractions/{id}").queryParam("cancelled", "1")
                    .build(id));
        } catch (WebApplicationException e) {
            return ConsoleAnswers.page(e.getResponse().getStatus(),
                    Templates.reextraction(session.user(), job(id), refreshSeconds(), null, BackendRefusal.of(e)));
        }
    }

    private TemplateInstance listWith(String error) {
        String authorization = session.authorization();
        return Templates.reextractions(session.user(), jobs.versionsInUse(authorization, session.requestId(), null),
                suite.tenants(authorization, session.requestId()), jobs.all(authorization, session.requestId()), refreshSeconds(), error);
    }

    private ReextractionJob job(String id) {
        return jobs.find(session.authorization(), session.requestId(), id)
                .orElseThrow(() -> new NotFoundException("no re-extraction job " + id));
    }

    private int refreshSeconds() {
        return config.console().progressSeconds();
    }
}
