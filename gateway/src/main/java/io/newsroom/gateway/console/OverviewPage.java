package io.newsroom.gateway.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import io.newsroom.gateway.config.GatewayConfig;

/** The console's first page: the suite at a glance; its live part reloads itself through htmx. */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class OverviewPage {

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance overview(String user, SuiteOverview.Overview overview, int refreshSeconds);

        static native TemplateInstance overview$live(SuiteOverview.Overview overview, int refreshSeconds);
    }

    @Inject
    ConsoleSession session;

    @Inject
    SuiteOverview suite;

    @Inject
    GatewayConfig config;

    @GET
    public TemplateInstance overview() {
        return Templates.overview(session.user(), suite.gather(session.authorization(), session.requestId()), config.console().refreshSeconds());
    }

    @GET
    @Path("/overview/live")
    public TemplateInstance live() {
        return Templates.overview$live(suite.gather(session.authorization(), session.requestId()), config.console().refreshSeconds());
    }

    @GET
    @Path("/signed-out")
    public String signedOut() {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Signed out</title>"
                + "<link rel=\"stylesheet\" href=\"/console/assets/console.css\"></head><body><main>"
                + "<h1>Signed out</h1><p>You have left the Newsroom console. <a href=\"/console\">Sign in again</a></p>"
                + "</main></body></html>";
    }
}
