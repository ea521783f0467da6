package io.newsroom.gateway.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.gateway.admin.DeadLetterArchive;
import io.newsroom.gateway.admin.DeadLetterArchive.DeadLetter;
import io.newsroom.gateway.admin.ReextractionJob;
import io.newsroom.gateway.admin.ReextractionJobs;
import io.newsroom.gateway.client.ArticleAdminClient;
import io.newsroom.gateway.config.GatewayConfig;
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
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.List;

/** Dead letters: the list, one letter's detail, replay one or all; the same archive and jobs as the admin API. */
@Path("/console/dead-letters")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class DeadLetterPages {

    /** A letter with its age, as the list shows it. */
    public record Row(DeadLetter letter, String age) {
        static Row of(DeadLetter letter) {
            return new Row(letter, Ages.since(letter.failedAt()));
        }
    }

    @CheckedTemplate(basePath = "console", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance deadLetters(String user, String topic, List<Row> letters, String replayed, String job,
                                                   boolean nothing, String error);

        static native TemplateInstance deadLetter(String user, Row row, JsonNode article);
    }

    @Inject
    ConsoleSession session;

    @Inject
    ConsoleCsrf csrf;

    @Inject
    DeadLetterArchive archive;

    @Inject
    ReextractionJobs jobs;

    @Inject
    GatewayConfig config;

    @Inject
    @RestClient
    ArticleAdminClient articles;

    @GET
    public TemplateInstance list(@QueryParam("replayed") String replayed, @QueryParam("job") String job,
                                 @QueryParam("nothing") String nothing) {
        List<Row> rows = archive.outstanding(session.authorization(), session.requestId()).stream().map(Row::of).toList();
        return Templates.deadLetters(session.user(), config.admin().deadLetterTopic(), rows, replayed, job, nothing != null, null);
    }

    @GET
    @Path("/{articleId}")
    public TemplateInstance detail(@PathParam("articleId") String articleId) {
        DeadLetter letter = archive.list().stream().filter(l -> l.articleId().equals(articleId)).findFirst()
                .orElseThrow(() -> new NotFoundException("no dead letter of article " + articleId));
        JsonNode article;
        try {
            article = articles.article(session.authorization(), session.requestId(), articleId);
        } catch (WebApplicationException e) {
            article = null;
        }
        return Templates.deadLetter(session.user(), Row.of(letter), article);
    }

    @POST
    @Path("/{articleId}/replay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response replay(@PathParam("articleId") String articleId, @FormParam(ConsoleCsrf.FIELD) String token) {
        csrf.verify(token);
        DeadLetter letter = archive.find(session.authorization(), session.requestId(), articleId)
                .orElseThrow(() -> new NotFoundException("no dead letter of article " + articleId + " waits for a replay"));
        jobs.replay(session.authorization(), session.requestId(), List.of(letter));
        return ConsoleAnswers.seeOther(UriBuilder.fromPath("/console/dead-letters").queryParam("replayed", articleId).build());
    }

    @POST
    @Path("/replay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response replayAll(@FormParam(ConsoleCsrf.FIELD) String token) {
        csrf.verify(token);
        List<DeadLetter> letters = archive.outstanding(session.authorization(), session.requestId());
        if (letters.isEmpty()) {
            return ConsoleAnswers.seeOther(UriBuilder.fromPath("/console/dead-letters").queryParam("nothing", "1").build());
        }
        ReextractionJob job = jobs.replay(session.authorization(), session.requestId(), letters).job();
        return ConsoleAnswers.seeOther(UriBuilder.fromPath("/console/dead-letters").queryParam("job", job.id()).build());
    }
}
