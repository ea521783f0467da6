package io.newsroom.article.rest;

import io.newsroom.article.ContentType;
import io.newsroom.article.EventFixtures;
import io.newsroom.article.Submissions;
import io.newsroom.article.messaging.ExtractedEvent;
import io.newsroom.article.messaging.OutboxEvent;
import io.newsroom.article.repository.OutboxRepository;
import io.newsroom.article.service.ArticleService;
import io.newsroom.article.service.ArticleSubmission;
import io.newsroom.article.service.ExtractionRecorder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.newsroom.article.rest.ArticleSubmissionTest.ARTICLES;
import static io.newsroom.article.rest.ArticleSubmissionTest.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

@QuarkusTest
@TestSecurity(user = "partner-acme", roles = {"partner", "reader"})
@OidcSecurity(claims = @Claim(key = "tenant", value = "acme"))
class ArticleQueryTest {

    @Inject
    ArticleService articles;

    @Inject
    ExtractionRecorder recorder;

    @Inject
    OutboxRepository outbox;

    @Inject
    ObjectMapper mapper;

    @Test
    void readsOwnArticleWithContent() {
        String content = Submissions.uniqueText();
        UUID id = stored("acme", content, null);
        given().when().get(ARTICLES + "/" + id)
                .then().statusCode(200).body("id", is(id.toString())).body("content", is(content)).body("status", is("PENDING"));
    }

    @Test
    void anotherTenantsArticleIsNotFoundAnywhere() {
        String word = uniqueWord();
        UUID globex = stored("globex", "Globex desk reports " + word + " in the port.", null);
        extract(globex, "globex", "1.0.0");
        String path = ARTICLES + "/" + globex;
        assertProblem(given().when().get(path).then(), 404, globex.toString());
        assertProblem(given().when().get(path + "/extraction").then(), 404, globex.toString());
        assertProblem(given().when().post(path + "/reprocess").then(), 404, globex.toString());
        assertProblem(given().when().delete(path).then(), 404, globex.toString());
        for (Map<String, String> filter : List.of(Map.<String, String>of(), Map.of("tenant", "acme"),
                Map.of("entity", "Ingrid Solberg"), Map.of("source", "Coastal Herald"), Map.of("status", "EXTRACTED"),
                Map.of("q", "ferry subsidy"))) {
            given().queryParams(filter).queryParam("limit", 100).when().get(ARTICLES)
                    .then().statusCode(200).body("items.id", not(hasItem(globex.toString())))
                    .body("items.tenant", not(hasItem("globex")));
        }
        QuarkusTransaction.requiringNew().run(() -> assertNotNull(articles.get(globex, "globex")));
    }

    @Test
    void aPartnerNamingAnotherTenantIsRefusedNotAnsweredForItsOwn() {
        assertProblem(given().queryParam("tenant", "globex").when().get(ARTICLES).then(), 403, "only admins");
        assertProblem(given().queryParam("tenant", "globex").contentType("application/json").body(Submissions.plain().toString())
                .when().post(ARTICLES).then(), 403, "only admins");
        given().queryParam("tenant", " acme ").queryParam("limit", 1).when().get(ARTICLES).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminSeesEveryTenant() {
        Instant start = Instant.now();
        UUID acme = stored("acme", Submissions.uniqueText(), null);
        UUID globex = stored("globex", Submissions.uniqueText(), null);
        given().queryParam("submittedFrom", start.toString()).queryParam("limit", 100).when().get(ARTICLES)
                .then().statusCode(200).body("items.id", hasItem(acme.toString())).body("items.id", hasItem(globex.toString()));
        given().queryParam("submittedFrom", start.toString()).queryParam("tenant", "globex").when().get(ARTICLES)
                .then().statusCode(200).body("items.id", not(hasItem(acme.toString()))).body("items.id", hasItem(globex.toString()));
        given().when().get(ARTICLES + "/" + globex).then().statusCode(200).body("tenant", is("globex"));
    }

    @Test
    @TestSecurity(user = "reader-acme", roles = "reader")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "acme"))
    void readerReadsButCannotChange() {
        UUID id = stored("acme", Submissions.uniqueText(), null);
        given().when().get(ARTICLES + "/" + id).then().statusCode(200);
        given().queryParam("limit", 5).when().get(ARTICLES).then().statusCode(200);
        assertProblem(given().when().delete(ARTICLES + "/" + id).then(), 403, "roles");
        assertProblem(given().when().post(ARTICLES + "/" + id + "/reprocess").then(), 403, "roles");
    }

    @Test
    void pagesThroughResultsWithACursor() {
        String word = uniqueWord();
        List<UUID> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(stored("acme", "Item " + i + " about " + word + " and the ferry.", null));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("q", word).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when().get(ARTICLES).then().statusCode(200).body("limit", is(2)).extract();
            List<String> ids = page.path("items.id");
            seen.addAll(ids);
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(3, pages);
        assertEquals(created.reversed().stream().map(UUID::toString).toList(), seen, "newest first, each once");
    }

    @Test
    void filtersByStatusDatesTextEntityAndSource() {
        Instant start = Instant.now();
        String word = uniqueWord();
        UUID extracted = stored("acme", "Council notes " + word + " on ferries.", Instant.parse("2024-03-04T09:30:00Z"));
        UUID pending = stored("acme", "Weather notes " + word + " on storms.", Instant.parse("2023-01-10T00:00:00Z"));
        extract(extracted, "acme", "1.0.0");
        String from = start.toString();

        assertListed(Map.of("submittedFrom", from, "status", "EXTRACTED"), extracted, pending);
        assertListed(Map.of("submittedFrom", from, "status", "pending"), pending, extracted);
        assertListed(Map.of("submittedFrom", from, "publishedFrom", "2024-01-01", "publishedTo", "2024-12-31"), extracted, pending);
        assertListed(Map.of("submittedFrom", from, "publishedTo", "2023-06-30T00:00:00Z"), pending, extracted);
        assertListed(Map.of("q", "storms " + word), pending, extracted);
        assertListed(Map.of("submittedFrom", from, "q", "ferry subsidy"), extracted, pending);
        assertListed(Map.of("submittedFrom", from, "entity", "ingrid solberg"), extracted, pending);
        assertListed(Map.of("submittedFrom", from, "entity", "Solberg", "entityType", "PERSON"), extracted, pending);
        assertListed(Map.of("submittedFrom", from, "entityType", "organization"), extracted, pending);
        assertListed(Map.of("submittedFrom", from, "source", "coastal herald"), extracted, pending);
        assertNone(Map.of("submittedFrom", from, "entity", "Solberg", "entityType", "LOCATION"));
        assertNone(Map.of("submittedFrom", from, "source", "Reuters"));
        assertNone(Map.of("submittedFrom", Instant.now().plusSeconds(3600).toString()));
        assertNone(Map.of("submittedFrom", from, "entityType", "LOCATION"));
    }

    @Test
    void articlesAreFoundByTheDatesTheyMention() throws Exception {
        Instant start = Instant.now();
        UUID dated = stored("acme", Submissions.uniqueText(), null);
        UUID monthly = stored("acme", Submissions.uniqueText(), null);
        UUID other = stored("acme", Submissions.uniqueText(), null);
        // values the engine writes, and some that cover no day: they are left out, never a failure
        extractWithDates(dated, "2031-05-19", "2032", "2031-05-19", "XXXX-05-19", "PRESENT_REF", null, "2031-02-30");
        extractWithDates(monthly, "2031-05");
        extract(other, "acme", "1.0.0"); // mentions 2024-03-04
        String from = start.toString();
        List<UUID> all = List.of(dated, monthly, other);

        assertFound(Map.of("submittedFrom", from, "mentionsDate", "2031-05-19"), all, dated, monthly);
        assertFound(Map.of("submittedFrom", from, "mentionsDate", "2031-05-20"), all, monthly);
        assertFound(Map.of("submittedFrom", from, "mentionsDate", "2032-07"), all, dated);
        assertFound(Map.of("submittedFrom", from, "mentionsDate", "2031-W21"), all, dated, monthly);
        assertFound(Map.of("submittedFrom", from, "mentionsDate", "2031"), all, dated, monthly);
        assertFound(Map.of("submittedFrom", from, "mentionsDate", "2024-03-04"), all, other);
        assertFound(Map.of("submittedFrom", from, "mentionsDateFrom", "2031-05-19", "mentionsDateTo", "2031-05-19"),
                all, dated, monthly);
        assertFound(Map.of("submittedFrom", from, "mentionsDateFrom", "2031-05-20", "mentionsDateTo", "2031-12-31"),
                all, monthly);
        assertFound(Map.of("submittedFrom", from, "mentionsDateFrom", "2031-06-01"), all, dated);
        assertFound(Map.of("submittedFrom", from, "mentionsDateTo", "2031-04-30"), all, other);
        assertFound(Map.of("submittedFrom", from, "mentionsDateFrom", "2025", "mentionsDateTo", "2031-05"), all,
                dated, monthly);
        assertFound(Map.of("submittedFrom", from, "mentionsDate", "2030-05-19"), all);

        // a new extraction replaces the dates of the one before
        extract(dated, "acme", "1.1.0");
        assertFound(Map.of("submittedFrom", from, "mentionsDate", "2031-05-19"), all, monthly);
        assertFound(Map.of("submittedFrom", from, "mentionsDate", "2024-03-04"), all, dated, other);
    }

    @Test
    void listItemsCarryWhatChoosingAnArticleNeeds() {
        Instant start = Instant.now();
        UUID extracted = stored("acme", Submissions.uniqueText(), null);
        UUID pending = stored("acme", Submissions.uniqueText(), Instant.parse("2022-06-01T12:00:00Z"));
        extract(extracted, "acme", "1.2.0");
        String from = start.toString();
        String item = "items.find { it.id == '%s' }.";

        given().queryParam("submittedFrom", from).when().get(ARTICLES).then().statusCode(200)
                .body(item.formatted(extracted) + "title", is("Harbour council approves ferry subsidy"))
                .body(item.formatted(extracted) + "effectivePublishedAt", is("2024-03-04T09:30:00Z"))
                .body(item.formatted(extracted) + "publishedDateSource", is("document"))
                .body(item.formatted(extracted) + "language", is("en"))
                .body(item.formatted(extracted) + "status", is("EXTRACTED"))
                .body(item.formatted(extracted) + "extractorVersion", is("1.2.0"))
                .body(item.formatted(extracted) + "firstSummaryLine", startsWith("Mayor Ingrid Solberg said on Monday"))
                .body(item.formatted(extracted) + "content", nullValue())
                .body(item.formatted(pending) + "publishedDateSource", is("partner"))
                .body(item.formatted(pending) + "effectivePublishedAt", is("2022-06-01T12:00:00Z"))
                .body(item.formatted(pending) + "title", nullValue());

        given().queryParam("submittedFrom", from).queryParam("fields", "title, effectivePublishedAt,,firstSummaryLine")
                .when().get(ARTICLES).then().statusCode(200)
                .body("items.size()", is(2))
                .body(item.formatted(extracted) + "keySet()",
                        containsInAnyOrder("id", "title", "effectivePublishedAt", "firstSummaryLine"))
                .body(item.formatted(pending) + "keySet()", containsInAnyOrder("id", "effectivePublishedAt"));
        given().queryParam("submittedFrom", from).queryParam("fields", "status").when().get(ARTICLES).then()
                .statusCode(200).body(item.formatted(pending) + "keySet()", containsInAnyOrder("id", "status"));
    }

    @Test
    void badListInputIsA400AndChangesNothing() {
        String from = Instant.now().toString();
        for (Map<String, String> filter : List.<Map<String, String>>of(
                Map.of("mentionsDate", "2025-13-01"), Map.of("mentionsDate", "yesterday"),
                Map.of("mentionsDate", "2025-02-29"), Map.of("mentionsDate", "2025-05-19T10:00:00Z"),
                Map.of("mentionsDateFrom", "2025-5-1"), Map.of("mentionsDateTo", "XXXX-05"),
                Map.of("publishedFrom", "2025-05-32"), Map.of("submittedTo", "soon"))) {
            assertProblem(given().queryParams(filter).when().get(ARTICLES).then(), 400, "is not");
        }
        assertProblem(given().queryParams(Map.of("mentionsDateFrom", "2025-06", "mentionsDateTo", "2025-05"))
                .when().get(ARTICLES).then(), 400, "is after");
        assertProblem(given().queryParams(Map.of("publishedFrom", "2025-06-01", "publishedTo", "2025-05-31"))
                .when().get(ARTICLES).then(), 400, "is after");
        assertProblem(given().queryParams(Map.of("submittedFrom", from, "submittedTo", "2020-01-01"))
                .when().get(ARTICLES).then(), 400, "is after");
        assertProblem(given().queryParams(Map.of("mentionsDate", "2025-05-19", "mentionsDateFrom", "2025-05-01"))
                .when().get(ARTICLES).then(), 400, "not both");
        assertProblem(given().queryParam("fields", "title,owner").when().get(ARTICLES).then(), 400, "'owner'");
        assertProblem(given().queryParam("fields", "content").when().get(ARTICLES).then(), 400, "'content'");
    }

    @Test
    void dateFiltersUseThePartnersDateElseTheOneTheEngineFound() {
        Instant start = Instant.now();
        // the fixture's extraction found 2024-03-04T09:30 (no offset: UTC)
        UUID found = stored("acme", Submissions.uniqueText(), null);
        UUID partnerDated = stored("acme", Submissions.uniqueText(), Instant.parse("2022-06-01T12:00:00Z"));
        UUID undated = stored("acme", Submissions.uniqueText(), null);
        String from = start.toString();
        assertListed(Map.of("submittedFrom", from, "publishedFrom", "2022-01-01"), partnerDated, found);
        extract(found, "acme", "1.0.0");
        extract(partnerDated, "acme", "1.0.0");

        assertListed(Map.of("submittedFrom", from, "publishedFrom", "2024-03-04", "publishedTo", "2024-03-04T23:59:59Z"),
                found, partnerDated);
        assertListed(Map.of("submittedFrom", from, "publishedFrom", "2024-03-04T09:30:00Z", "publishedTo",
                "2024-03-04T09:30:00Z"), found, undated);
        assertListed(Map.of("submittedFrom", from, "publishedTo", "2022-12-31"), partnerDated, found);
        assertNone(Map.of("submittedFrom", from, "publishedFrom", "2024-03-04T09:31:00Z"));
        given().when().get(ARTICLES + "/" + undated).then().statusCode(200)
                .body("effectivePublishedAt", nullValue())
                .body("publishedDateSource", nullValue());
        given().when().get(ARTICLES + "/" + found).then().statusCode(200)
                .body("publishedDateSource", is("document"))
                .body("publishedAt", nullValue())
                .body("foundPublishedAt", is("2024-03-04T09:30:00Z"))
                .body("effectivePublishedAt", is("2024-03-04T09:30:00Z"));
        given().when().get(ARTICLES + "/" + partnerDated).then().statusCode(200)
                .body("publishedDateSource", is("partner"))
                .body("publishedAt", is("2022-06-01T12:00:00Z"))
                .body("foundPublishedAt", is("2024-03-04T09:30:00Z"))
                .body("effectivePublishedAt", is("2022-06-01T12:00:00Z"));
    }

    @Test
    void aSourceCitedByAnAbbreviationIsFoundUnderItsEntitysNameAndAliases() throws Exception {
        Instant start = Instant.now();
        UUID cited = stored("acme", Submissions.uniqueText(), null);
        UUID other = stored("acme", Submissions.uniqueText(), null);
        extract(other, "acme", "1.0.0");
        var event = (ObjectNode) mapper.readTree(EventFixtures.extracted(cited, "acme", "1.0.0"));
        var extraction = (ObjectNode) event.get("extraction");
        extraction.withArray("entities").addObject().put("id", "e4").put("type", "ORGANIZATION")
                .put("name", "Agence France-Presse").set("aliases", mapper.createArrayNode().add("France-Presse"));
        extraction.withArray("sources").addObject().put("name", "AFP").put("entityId", "e4");
        assertEquals(ExtractionRecorder.Outcome.APPLIED, recorder.recordExtraction(ExtractedEvent.read(mapper, event.toString())));
        String from = start.toString();

        for (String name : List.of("AFP", "afp", "Agence France-Presse", "AGENCE  france-presse", "France-Presse")) {
            assertListed(Map.of("submittedFrom", from, "source", name), cited, other);
            assertListed(Map.of("submittedFrom", from, "entity", name), cited, other);
        }
        // an entity named in the text is no cited source unless a citation links to it
        assertNone(Map.of("submittedFrom", from, "source", "Solberg"));
    }

    @Test
    void extractionIsServedOnceStored() {
        UUID id = stored("acme", Submissions.uniqueText(), null);
        assertProblem(given().when().get(ARTICLES + "/" + id + "/extraction").then(), 409, "no extraction yet");
        extract(id, "acme", "1.2.0");
        given().when().get(ARTICLES + "/" + id + "/extraction")
                .then().statusCode(200)
                .body("articleId", is(id.toString()))
                .body("status", is("EXTRACTED"))
                .body("extractorVersion", is("1.2.0"))
                .body("extraction.entities.name", hasItem("Ingrid Solberg"))
                .body("extraction.sources[0].name", is("Coastal Herald"));
    }

    @Test
    void deleteRemovesTheArticleItsFactsAndQueuedEvents() {
        UUID id = stored("acme", Submissions.uniqueText(), null);
        extract(id, "acme", "1.0.0");
        given().when().delete(ARTICLES + "/" + id).then().statusCode(204);
        given().when().get(ARTICLES + "/" + id).then().statusCode(404);
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(0, outbox.eventsOf(id).size());
            assertEquals(0, io.newsroom.article.EntityMention.count("articleId", id));
        });
    }

    @Test
    void reprocessQueuesANewAttempt() throws Exception {
        UUID id = stored("acme", Submissions.uniqueText(), null);
        extract(id, "acme", "1.0.0");
        given().header("X-Request-Id", "req-reprocess").when().post(ARTICLES + "/" + id + "/reprocess")
                .then().statusCode(202).body("status", is("PENDING")).body("attempt", is(2)).body("failureReason", nullValue());
        List<OutboxEvent> events = QuarkusTransaction.requiringNew().call(() -> outbox.eventsOf(id));
        assertEquals(2, events.size());
        var payload = mapper.readTree(events.get(1).payload);
        assertEquals(2, payload.get("attempt").asInt());
        assertEquals("req-reprocess", payload.get("requestId").asText());
        assertEquals(id.toString(), payload.get("articleId").asText());
        given().when().get(ARTICLES + "/" + id + "/extraction").then().statusCode(200);
    }

    @Test
    void unknownIdIs404() {
        assertProblem(given().when().get(ARTICLES + "/not-a-uuid").then(), 404, "not-a-uuid");
        assertProblem(given().when().get(ARTICLES + "/" + UUID.randomUUID()).then(), 404, "No article");
    }

    private void assertListed(Map<String, String> filter, UUID expected, UUID excluded) {
        given().queryParams(filter).queryParam("limit", 100).when().get(ARTICLES)
                .then().statusCode(200)
                .body("items.id", hasItem(expected.toString()))
                .body("items.id", not(hasItem(excluded.toString())));
    }

    /** Of the candidates, exactly the expected ones are listed. */
    private void assertFound(Map<String, String> filter, List<UUID> candidates, UUID... expected) {
        List<String> listed = given().queryParams(filter).queryParam("limit", 100).when().get(ARTICLES)
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
        List<String> wanted = java.util.Arrays.stream(expected).map(UUID::toString).sorted().toList();
        assertEquals(wanted, candidates.stream().map(UUID::toString).filter(listed::contains).sorted().toList(),
                () -> "listed for " + filter);
    }

    private void assertNone(Map<String, String> filter) {
        given().queryParams(filter).when().get(ARTICLES).then().statusCode(200).body("items.size()", is(0))
                .body("nextCursor", nullValue());
    }

    private UUID stored(String tenant, String content, Instant publishedAt) {
        ArticleSubmission submission = new ArticleSubmission(content, ContentType.TEXT_PLAIN, null, null, publishedAt);
        return articles.submit(tenant, submission, null, null).article().id;
    }

    private void extract(UUID id, String tenant, String version) {
        assertEquals(ExtractionRecorder.Outcome.APPLIED,
                recorder.recordExtraction(ExtractedEvent.read(mapper, EventFixtures.extracted(id, tenant, version))));
    }

    /** The fixture's extraction with these date values instead of its own. */
    private void extractWithDates(UUID id, String... values) throws Exception {
        var event = (ObjectNode) mapper.readTree(EventFixtures.extracted(id, "acme", "1.0.0"));
        var dates = ((ObjectNode) event.get("extraction")).putArray("dates");
        for (String value : values) {
            dates.addObject().put("text", "a date").put("value", value).put("start", 0).put("end", 6);
        }
        assertEquals(ExtractionRecorder.Outcome.APPLIED, recorder.recordExtraction(ExtractedEvent.read(mapper, event.toString())));
    }

    private static String uniqueWord() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
