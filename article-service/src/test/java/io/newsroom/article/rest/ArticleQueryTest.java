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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
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
        for (Map<String, String> filter : List.of(Map.<String, String>of(), Map.of("tenant", "globex"),
                Map.of("entity", "Ingrid Solberg"), Map.of("source", "Coastal Herald"), Map.of("status", "EXTRACTED"),
                Map.of("q", "ferry subsidy"))) {
            given().queryParams(filter).queryParam("limit", 100).when().get(ARTICLES)
                    .then().statusCode(200).body("items.id", not(hasItem(globex.toString())))
                    .body("items.tenant", not(hasItem("globex")));
        }
        QuarkusTransaction.requiringNew().run(() -> assertNotNull(articles.get(globex, "globex")));
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
        assertNone(Map.of("submittedFrom", from, "submittedTo", start.minusSeconds(1).toString()));
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
        given().when().get(ARTICLES + "/" + found).then().statusCode(200)
                .body("publishedAt", nullValue())
                .body("foundPublishedAt", is("2024-03-04T09:30:00Z"))
                .body("effectivePublishedAt", is("2024-03-04T09:30:00Z"));
        given().when().get(ARTICLES + "/" + partnerDated).then().statusCode(200)
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

    private static String uniqueWord() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
