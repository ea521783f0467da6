package io.newsroom.gateway.console;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The headers of every console answer, the login redirect included: a Content-Security-Policy that admits only the
 * gateway's own scripts, styles and forms (no inline script or style, no framing), and no caching of the pages.
 */
@ApplicationScoped
public class ConsoleHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    // before RequestTracking (-1000) and authentication (-200), so the redirect to the login page carries them too
    private static final int ORDER = -1100;

    void install(@Observes Router router) {
        router.route("/console*").order(ORDER).handler(ctx -> {
            ctx.addHeadersEndHandler(ignored -> ctx.response().headers()
                    .set("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                    .set("X-Content-Type-Options", "nosniff")
                    .set("X-Frame-Options", "DENY")
                    .set("Referrer-Policy", "same-origin")
                    .set("Cache-Control", "no-store"));
            ctx.next();
        });
    }
}
