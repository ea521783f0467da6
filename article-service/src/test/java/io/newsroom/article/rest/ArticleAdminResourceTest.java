package io.newsroom.article.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.article.ContentType;
import io.newsroom.article.EventFixtures;
import io.newsroom.article.Submissions;
import io.newsroom.article.messaging.ExtractedEvent;
import io.newsroom.article.repository.ArticleRepository;
import io.newsroom.article.service.ArticleService;
import io.newsroom.article.service.ArticleSubmission;
import io.newsroom.article.service.ExtractionRecorder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.newsroom.article.rest.ArticleSubmissionTest.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

@QuarkusTest
class ArticleAdminResourceTest {

    static final String STATISTICS = "/api/v1/admin/articles/statistics";
    static final String ADMIN_ARTICLES = "/api/v1/admin/articles";
    /** Extractor versions only this test stores, so its listings are not crowded by other tests' articles. */
    private static final String TEST_VERSIONS = "0.0.%";

    @Inject
    ArticleService articles;

    @Inject
    ArticleRepository repository;

    @Inject
    ExtractionRecorder recorder;

    @Inject
    ObjectMapper mapper;

    @BeforeEach
    @AfterEach
    void forgetTestVersions() {
        QuarkusTransaction.requiringNew().run(() -> repository.delete("extractorVersion like ?1", TEST_VERSIONS));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void statisticsCountEveryTenantByStatus() {
        String north = "north-" + UUID.randomUUID();
        String south = "south-" + UUID.randomUUID();
        stored(north);
        extract(stored(north), north, "1.0.0");
        stored(south);
        JsonPath body = given().when().get(STATISTICS).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(Map.of("tenant", north, "status", "EXTRACTED", "count", 1),
                Map.of("tenant", north, "status", "PENDING", "count", 1)), rowsOf(body, north));
        assertEquals(List.of(Map.of("tenant", south, "status", "PENDING", "count", 1)), rowsOf(body, south));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void listsOnlyExtractionsOfOlderVersionsPageByPage() {
        String tenant = "wire-" + UUID.randomUUID();
        UUID oldest = stored(tenant);
        extract(oldest, tenant, "0.0.1");
        String other = "other-" + UUID.randomUUID();
        UUID candidate = stored(other);
        extract(candidate, other, "0.0.2-rc1");
        extract(stored(tenant), tenant, "0.0.3");
        extract(stored(tenant), tenant, "0.0.10");
        stored(tenant);

        List<String> listed = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            var request = given().queryParam("extractorVersionBelow", "0.0.3").queryParam("limit", 1);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.when().get(ADMIN_ARTICLES).then().statusCode(200).extract().jsonPath();
            if (pages == 0) {
                assertEquals(2, page.getInt("total"));
            } else {
                assertNull(page.get("total"));
            }
            listed.addAll(page.getList("items.id"));
            after = page.getString("next");
            pages++;
        } while (after != null && pages < 5);

        assertEquals(List.of(oldest.toString(), candidate.toString()).stream().sorted().toList(), listed);
        given().queryParam("extractorVersionBelow", "0.0.3").when().get(ADMIN_ARTICLES).then().statusCode(200)
                .body("items.find { it.id == '" + oldest + "' }.tenant", is(tenant))
                .body("items.find { it.id == '" + oldest + "' }.status", is("EXTRACTED"))
                .body("items.find { it.id == '" + oldest + "' }.extractorVersion", is("0.0.1"))
                .body("next", nullValue());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void nothingOlderThanTheOldestVersionIsAnEmptyPage() {
        given().queryParam("extractorVersionBelow", "0.0.0").when().get(ADMIN_ARTICLES).then().statusCode(200)
                .body("items.size()", is(0)).body("total", is(0))
                .body("next", nullValue());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void refusesAMissingOrInvalidVersionCursorOrLimit() {
        assertProblem(given().when().get(ADMIN_ARTICLES).then(), 400, "extractorVersionBelow is required");
        assertProblem(given().queryParam("extractorVersionBelow", "latest").when().get(ADMIN_ARTICLES).then(), 400, "latest");
        assertProblem(given().queryParam("extractorVersionBelow", "1.0.0").queryParam("after", "page-2")
                .when().get(ADMIN_ARTICLES).then(), 400, "cursor");
        assertProblem(given().queryParam("extractorVersionBelow", "1.0.0").queryParam("limit", 0)
                .when().get(ADMIN_ARTICLES).then(), 400, "limit");
        assertProblem(given().queryParam("extractorVersionBelow", "1.0.0").queryParam("limit", 1001)
                .when().get(ADMIN_ARTICLES).then(), 400, "limit");
    }

    @Test
    @TestSecurity(user = "partner-acme", roles = {"partner", "reader"})
    @OidcSecurity(claims = @Claim(key = "tenant", value = "acme"))
    void aPartnerIsRefused() {
        assertProblem(given().when().get(STATISTICS).then(), 403, "roles");
        assertProblem(given().queryParam("extractorVersionBelow", "9.0.0").when().get(ADMIN_ARTICLES).then(), 403, "roles");
    }

    @Test
    @TestSecurity(user = "reader-acme", roles = "reader")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "acme"))
    void aReaderIsRefused() {
        assertProblem(given().when().get(STATISTICS).then(), 403, "roles");
    }

    @Test
    void anonymousCallersAreUnauthorized() {
        assertProblem(given().when().get(STATISTICS).then(), 401, "bearer token");
        assertProblem(given().queryParam("extractorVersionBelow", "9.0.0").when().get(ADMIN_ARTICLES).then(), 401, "bearer token");
    }

    @Test
    void openApiDocumentsTheAdminEndpoints() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.keySet()", hasItems(STATISTICS, ADMIN_ARTICLES))
                .body("components.schemas.keySet()", hasItems("ArticleStatistics", "OutdatedArticles"))
                .body("paths.'" + ADMIN_ARTICLES + "'.get.responses.keySet()", hasItems("200", "400", "401", "403"))
                .body("paths.'" + STATISTICS + "'.get.responses.keySet()", not(hasItem("400")));
    }

    private static List<Map<String, Object>> rowsOf(JsonPath body, String tenant) {
        List<Map<String, Object>> rows = body.getList("byTenant.findAll { it.tenant == '" + tenant + "' }");
        assertNotNull(rows);
        return rows;
    }

    private UUID stored(String tenant) {
        ArticleSubmission submission = new ArticleSubmission(Submissions.uniqueText(), ContentType.TEXT_PLAIN, null, null, null);
        return articles.submit(tenant, submission, null, null).article().id;
    }

    private void extract(UUID id, String tenant, String version) {
        assertEquals(ExtractionRecorder.Outcome.APPLIED,
                recorder.recordExtraction(ExtractedEvent.read(mapper, EventFixtures.extracted(id, tenant, version))));
    }
}
