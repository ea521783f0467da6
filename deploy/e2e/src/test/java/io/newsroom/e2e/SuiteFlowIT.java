package io.newsroom.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.e2e.client.ApiResponse;
import io.newsroom.e2e.client.GatewayClient;
import io.newsroom.e2e.client.TokenSource.Partner;
import io.newsroom.e2e.newswire.NewsStory;
import io.newsroom.e2e.newswire.SyntheticNewsWire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.newsroom.e2e.RunningSuite.GATEWAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A partner's whole journey through the gateway: submit, extraction, queries; and what the other tenant sees of it. */
@ExtendWith(RunningSuite.class)
class SuiteFlowIT {

    private static final Duration EXTRACTION_WAIT = Duration.ofMinutes(3);

    @ParameterizedTest
    @EnumSource(value = Partner.class, names = {"ACME", "GLOBEX"})
    void submittedArticleIsExtractedAndQueryableByEntitySourceAndDate(Partner partner) {
        SyntheticNewsWire wire = new SyntheticNewsWire(System.nanoTime());
        LocalDate published = LocalDate.of(1990 + (int) (System.nanoTime() % 30), 3, 1 + (int) (System.nanoTime() % 27));
        // one outlet the engine keeps as written, one it shortens (AFP): partners search by the name they read
        NewsStory story = wire.next(published, partner == Partner.ACME ? "Agence France-Presse" : "Reuters");

        ApiResponse created = GATEWAY.submit(partner, GatewayClient.submission(story.content(), "text/plain",
                story.externalId(), story.publishedAt()));
        assertEquals(201, created.status(), created::toString);
        assertNotNull(created.header("Location"), "201 without Location");
        String id = created.json().path("id").asText();
        assertEquals(partner.tenant, created.json().path("tenant").asText());

        JsonNode article = GATEWAY.awaitExtraction(partner, id, EXTRACTION_WAIT);
        assertEquals("EXTRACTED", article.path("status").asText(), article::toString);

        JsonNode extraction = GATEWAY.extraction(partner, id).json().path("extraction");
        assertTrue(names(extraction.path("entities")).contains(story.official()),
                () -> story.official() + " missing from the entities " + extraction.path("entities"));

        assertListed(partner, Map.of("entity", story.official()), id, "entity");
        assertListed(partner, Map.of("entity", story.official(), "entityType", "PERSON"), id, "entity and type");
        assertListed(partner, Map.of("source", story.outlet(), "entity", story.official()), id, "cited source");
        assertListed(partner, Map.of("publishedFrom", published.toString(), "publishedTo", published + "T23:59:59Z",
                "entity", story.official()), id, "publication date");
        assertListed(partner, Map.of("q", story.town(), "entity", story.official()), id, "full text");
    }

    @Test
    void anotherTenantNeitherSeesCountsNorTouchesTheArticle() {
        NewsStory story = new SyntheticNewsWire(System.nanoTime()).next();
        ApiResponse created = GATEWAY.submit(Partner.ACME, GatewayClient.submission(story.content(), "text/plain",
                story.externalId(), story.publishedAt()));
        assertEquals(201, created.status(), created::toString);
        String id = created.json().path("id").asText();
        GATEWAY.awaitExtraction(Partner.ACME, id, EXTRACTION_WAIT);

        List<ApiResponse> globexView = new ArrayList<>();
        globexView.add(GATEWAY.article(Partner.GLOBEX, id));
        globexView.add(GATEWAY.extraction(Partner.GLOBEX, id));
        globexView.add(GATEWAY.post(Partner.GLOBEX, "/api/v1/articles/" + id + "/reprocess", ""));
        globexView.add(GATEWAY.delete(Partner.GLOBEX, "/api/v1/articles/" + id));
        for (ApiResponse response : globexView) {
            assertEquals(404, response.status(), response::toString);
            assertTrue(response.isProblem(), () -> "not a problem+json: " + response);
        }
        ApiResponse listed = GATEWAY.list(Partner.GLOBEX, Map.of("entity", story.official()));
        assertEquals(200, listed.status(), listed::toString);
        // globex may have stories of its own naming the same official: none of acme's may be among them
        for (var item : listed.json().path("items")) {
            assertFalse(item.path("id").asText().equals(id), listed::toString);
            assertEquals("globex", item.path("tenant").asText(), listed::toString);
        }
        ApiResponse searched = GATEWAY.list(Partner.GLOBEX, Map.of("q", story.town()));
        assertFalse(searched.body().contains(id), "globex full-text search shows acme's article");

        // the same content is a different article in another tenant: no cross-tenant duplicate detection
        ApiResponse globexCopy = GATEWAY.submit(Partner.GLOBEX, GatewayClient.submission(story.content(), "text/plain",
                story.externalId(), story.publishedAt()));
        assertEquals(201, globexCopy.status(), globexCopy::toString);
        assertFalse(globexCopy.json().path("id").asText().equals(id));

        ApiResponse stillThere = GATEWAY.article(Partner.ACME, id);
        assertEquals(200, stillThere.status(), stillThere::toString);
        assertEquals("EXTRACTED", stillThere.json().path("status").asText());
    }

    @Test
    void readerReadsButCannotSubmitAndAnonymousCallersGetProblems() {
        NewsStory story = new SyntheticNewsWire(System.nanoTime()).next();
        ApiResponse created = GATEWAY.submit(Partner.ACME, GatewayClient.submission(story.content(), "text/plain",
                story.externalId(), null));
        assertEquals(201, created.status(), created::toString);
        String id = created.json().path("id").asText();

        assertEquals(200, GATEWAY.article(Partner.READER_ACME, id).status());
        ApiResponse readerSubmit = GATEWAY.submit(Partner.READER_ACME, GatewayClient.submission("A reader's text.", "text/plain", null, null));
        assertEquals(403, readerSubmit.status(), readerSubmit::toString);
        assertTrue(readerSubmit.isProblem(), readerSubmit::toString);

        ApiResponse anonymous = GATEWAY.get(null, "/api/v1/articles/" + id);
        assertEquals(401, anonymous.status(), anonymous::toString);
        assertTrue(anonymous.isProblem(), anonymous::toString);
        assertNotNull(anonymous.header("WWW-Authenticate"), "401 without WWW-Authenticate");
    }

    private static void assertListed(Partner partner, Map<String, String> filters, String id, String what) {
        ApiResponse listed = GATEWAY.list(partner, filters);
        assertEquals(200, listed.status(), listed::toString);
        List<String> ids = new ArrayList<>();
        listed.json().path("items").forEach(item -> ids.add(item.path("id").asText()));
        assertTrue(ids.contains(id), () -> "query by " + what + " " + filters + " does not find " + id + ": " + listed);
    }

    private static List<String> names(JsonNode entities) {
        List<String> names = new ArrayList<>();
        entities.forEach(entity -> names.add(entity.path("name").asText()));
        return names;
    }
}
