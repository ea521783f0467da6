package io.newsroom.gateway.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.gateway.client.ArticleAdminClient;
import io.newsroom.gateway.rest.BackendRefusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * Articles: search across tenants by entity, cited source, publication and mentioned dates and full text, a page at a
 * time; one article's clean text with what the engine found marked in it, beside the people and the quotes.
 */
@Path("/console/articles")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class ArticlePages {

    static final int PAGE_SIZE = 20;
    /** The search form's fields, which article-service's list takes as they are. */
    static final List<String> FILTERS = List.of("q", "entity", "entityType", "source", "publishedFrom", "publishedTo",
            "mentionsDate", "tenant", "status");

    /** The filled fields of the search form, and the links to the next and the first page. */
    public record Search(Map<String, String> filters, String nextPage, String firstPage, int page) {
        public String get(String field) {
            return filters.getOrDefault(field, "");
        }

        public boolean is(String field, String value) {
            return value.equals(filters.get(field));
        }
    }

    public record Person(String id, String name, String roles, String aliases, int mentions) {
    }

    public record Named(String id, String name, int mentions) {
    }

    public record Quote(int index, String text, String speaker, String via, boolean direct, String cue) {
    }

    public record DateMention(String text, String value) {
    }

    /** An article with its extraction as the view shows it; the parts are empty while it is not extracted. */
    public record Reading(JsonNode article, JsonNode extraction, String unavailable, RawString text, List<Person> people,
                          List<Named> organizations, List<Named> places, List<Quote> quotes, List<DateMention> dates,
                          List<String> sources) {
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance articles(String user, Search search, List<JsonNode> items, List<String> tenants,
                                                String error);

        static native TemplateInstance article(String user, Reading reading);
    }

    @Inject
    ConsoleSession session;

    @Inject
    @RestClient
    ArticleAdminClient articles;

    @Inject
    SuiteOverview suite;

    @GET
    public Response search(@QueryParam("q") String q, @QueryParam("entity") String entity,
                           @QueryParam("entityType") String entityType, @QueryParam("source") String source,
                           @QueryParam("publishedFrom") String publishedFrom, @QueryParam("publishedTo") String publishedTo,
                           @QueryParam("mentionsDate") String mentionsDate, @QueryParam("tenant") String tenant,
                           @QueryParam("status") String status, @QueryParam("cursor") String cursor,
                           @QueryParam("page") Integer page) {
        Map<String, String> filters = new LinkedHashMap<>();
        String[] values = {q, entity, entityType, source, publishedFrom, publishedTo, mentionsDate, tenant, status};
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && !values[i].isBlank()) {
                filters.put(FILTERS.get(i), values[i].strip());
            }
        }
        Map<String, String> query = new LinkedHashMap<>(filters);
        // a day chosen as the end of the range includes that whole day
        query.computeIfPresent("publishedTo", (name, to) -> to.length() == 10 ? to + "T23:59:59.999Z" : to);
        query.put("limit", Integer.toString(PAGE_SIZE));
        if (cursor != null && !cursor.isBlank()) {
            query.put("cursor", cursor);
        }
        int number = page == null || page < 1 ? 1 : page;
        List<String> tenants = suite.tenants(session.authorization(), session.requestId());
        try {
            JsonNode answer = articles.search(session.authorization(), session.requestId(), query);
            List<JsonNode> items = StreamSupport.stream(answer.path("items").spliterator(), false).toList();
            String next = answer.path("nextCursor").isTextual() ? link(filters, answer.path("nextCursor").asText(), number + 1) : null;
            String first = number > 1 || cursor != null ? link(filters, null, 1) : null;
            return ConsoleAnswers.page(200, Templates.articles(session.user(), new Search(filters, next, first, number),
                    items, tenants, null));
        } catch (WebApplicationException e) {
            return ConsoleAnswers.page(e.getResponse().getStatus(), Templates.articles(session.user(),
                    new Search(filters, null, null, number), List.of(), tenants, BackendRefusal.of(e)));
        }
    }

    @GET
    @Path("/{id}")
    public Response read(@PathParam("id") String id) {
        JsonNode article;
        try {
            article = articles.article(session.authorization(), session.requestId(), id);
        } catch (WebApplicationException e) {
            return ConsoleAnswers.page(e.getResponse().getStatus(), Templates.articles(session.user(),
                    new Search(Map.of(), null, null, 1), List.of(), suite.tenants(session.authorization(), session.requestId()), BackendRefusal.of(e)));
        }
        JsonNode extraction;
        try {
            extraction = articles.extraction(session.authorization(), session.requestId(), id);
        } catch (WebApplicationException e) {
            return ConsoleAnswers.page(200, Templates.article(session.user(), new Reading(article, null, BackendRefusal.of(e),
                    null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of())));
        }
        return ConsoleAnswers.page(200, Templates.article(session.user(), reading(article, extraction)));
    }

    static Reading reading(JsonNode article, JsonNode extraction) {
        JsonNode document = extraction.path("extraction");
        List<Person> people = new ArrayList<>();
        List<Named> organizations = new ArrayList<>();
        List<Named> places = new ArrayList<>();
        for (JsonNode entity : document.path("entities")) {
            String id = entity.path("id").asText("");
            String name = entity.path("name").asText("");
            int mentions = entity.path("mentions").size();
            switch (entity.path("type").asText("")) {
                case "PERSON" -> people.add(new Person(id, name, joined(entity.path("roles")), joined(entity.path("aliases")), mentions));
                case "ORGANIZATION" -> organizations.add(new Named(id, name, mentions));
                case "LOCATION" -> places.add(new Named(id, name, mentions));
                default -> { }
            }
        }
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode quote : document.path("quotes")) {
            quotes.add(new Quote(quotes.size(), quote.path("text").asText(""), text(quote, "speaker"), text(quote, "via"),
                    quote.path("direct").asBoolean(false), text(quote, "cue")));
        }
        List<DateMention> dates = new ArrayList<>();
        for (JsonNode date : document.path("dates")) {
            dates.add(new DateMention(date.path("text").asText(""), text(date, "value")));
        }
        List<String> sources = new ArrayList<>();
        document.path("sources").forEach(source -> sources.add(source.path("name").asText("")));
        return new Reading(article, extraction, null,
                HighlightedText.render(document.path("text").asText(""), HighlightedText.of(document)),
                people, organizations, places, quotes, dates, sources);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    private static String joined(JsonNode list) {
        List<String> parts = new ArrayList<>();
        list.forEach(part -> parts.add(part.asText()));
        return String.join("; ", parts);
    }

    private static String link(Map<String, String> filters, String cursor, int page) {
        Map<String, String> query = new LinkedHashMap<>(filters);
        if (cursor != null) {
            query.put("cursor", cursor);
            query.put("page", Integer.toString(page));
        }
        StringBuilder link = new StringBuilder("/console/articles");
        query.forEach((name, value) -> link.append(link.indexOf("?") < 0 ? '?' : '&').append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return link.toString();
    }
}
