package io.newsroom.gateway.console;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The console's answers other than a plain 200 page: a page with another status, and the redirect after a form. */
final class ConsoleAnswers {

    private ConsoleAnswers() {
    }

    static Response page(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render()).build();
    }

    static Response seeOther(URI location) {
        return Response.seeOther(location).build();
    }
}
