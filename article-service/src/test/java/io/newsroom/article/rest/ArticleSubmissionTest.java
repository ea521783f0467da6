package io.newsroom.article.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.newsroom.article.StoredRows;
import io.newsroom.article.Submissions;
import io.newsroom.article.messaging.OutboxEvent;
import io.newsroom.article.messaging.SubmittedEvent;
import io.newsroom.article.repository.OutboxRepository;
import io.newsroom.article.service.ArticleService;
import io.newsroom.article.service.ArticleSubmission;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestSecurity(user = "partner-acme", roles = {"partner", "reader"})
@OidcSecurity(claims = @Claim(key = "tenant", value = "acme"))
class ArticleSubmissionTest {

    static final String ARTICLES = "/api/v1/articles";

    @Inject
    OutboxRepository outbox;

    @Inject
    ObjectMapper mapper;

    @Inject
    ArticleService articles;

    @Test
    void partnerSubmitsAnArticleAndItsEventIsQueued() throws Exception {
        String body = Submissions.plain().put("externalId", "ext-" + UUID.randomUUID())
                .put("sourceUrl", "https://news.example.org/ferries").put("publishedAt", "2024-03-04T09:30:00+01:00").toString();
        var created = given().contentType(ContentType.JSON).header("X-Request-Id", "req-submit-1").body(body)
                .when().post(ARTICLES)
                .then().statusCode(201)
                .header("X-Request-Id", "req-submit-1")
                .body("status", is("PENDING"))
                .body("tenant", is("acme"))
                .body("attempt", is(1))
                .body("duplicate", is(false))
                .body("publishedAt", is("2024-03-04T08:30:00Z"));
        String id = created.extract().path("id");
        created.header("Location", endsWith(ARTICLES + "/" + id));

        List<OutboxEvent> events = QuarkusTransaction.requiringNew().call(() -> outbox.eventsOf(UUID.fromString(id)));
        assertEquals(1, events.size());
        OutboxEvent event = events.get(0);
        assertEquals("articles.submitted", event.topic);
        assertEquals("req-submit-1", event.requestId);
        JsonNode payload = mapper.readTree(event.payload);
        assertEquals(id, payload.get("articleId").asText());
        assertEquals("acme", payload.get("tenant").asText());
        assertEquals("2024-03-04T08:30:00Z", payload.get("publishedHint").asText());
        assertEquals("req-submit-1", payload.get("requestId").asText());
        assertTrue(payload.path("content").isMissingNode() || payload.path("content").isNull(),
                "the outbox row does not keep a second copy of the content");
        String content = QuarkusTransaction.requiringNew().call(() -> articles.get(UUID.fromString(id), "acme").content);
        JsonNode published = mapper.readTree(SubmittedEvent.published(mapper, event.payload, content));
        assertEquals(content, published.get("content").asText());
        try (InputStream schemaFile = getClass().getClassLoader().getResourceAsStream("schemas/articles.submitted.schema.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaFile);
            assertEquals(0, schema.validate(published).size(), () -> "payload breaks its schema: " + schema.validate(published));
        }
    }

    @Test
    void sameIdempotencyKeyAndBodyReturnsTheSameArticle() {
        String key = "key-" + UUID.randomUUID();
        String body = Submissions.plain().toString();
        String first = submit(body, key).statusCode(201).header(ArticleResource.REPLAYED, nullValue()).extract().path("id");
        StoredRows.Counts before = StoredRows.count();
        String second = submit(body, key).statusCode(201).header(ArticleResource.REPLAYED, "true").extract().path("id");
        assertEquals(first, second);
        assertEquals(before, StoredRows.count());
    }

    @Test
    void sameIdempotencyKeyWithAnotherBodyIsRefused() {
        String key = "key-" + UUID.randomUUID();
        submit(Submissions.plain().toString(), key).statusCode(201);
        StoredRows.Counts before = StoredRows.count();
        assertProblem(submit(Submissions.plain().toString(), key), 422, "already used with a different request body");
        assertEquals(before, StoredRows.count());
    }

    @Test
    void resubmittingAnExternalIdReturnsTheStoredArticle() {
        String body = Submissions.plain().put("externalId", "ext-" + UUID.randomUUID()).toString();
        String first = submit(body, null).statusCode(201).extract().path("id");
        submit(body, null).statusCode(200)
                .header(ArticleResource.DUPLICATE, "true")
                .header("Location", endsWith(first))
                .body("id", is(first))
                .body("duplicate", is(true));
    }

    @Test
    void anExternalIdCannotBeReusedForOtherContent() {
        String externalId = "ext-" + UUID.randomUUID();
        submit(Submissions.plain().put("externalId", externalId).toString(), null).statusCode(201);
        StoredRows.Counts before = StoredRows.count();
        assertProblem(submit(Submissions.plain().put("externalId", externalId).toString(), null), 409, externalId);
        assertEquals(before, StoredRows.count());
    }

    @Test
    void sameContentInTheSameTenantIsADuplicate() {
        String content = Submissions.uniqueText();
        String first = submit(Submissions.plain(content).toString(), null).statusCode(201).extract().path("id");
        StoredRows.Counts before = StoredRows.count();
        String again = submit(Submissions.plain(content).put("externalId", "other-" + UUID.randomUUID()).toString(), null)
                .statusCode(200).header(ArticleResource.DUPLICATE, "true").body("duplicate", is(true)).extract().path("id");
        assertEquals(first, again);
        assertEquals(before, StoredRows.count());
    }

    @Test
    @TestSecurity(user = "partner-globex", roles = {"partner", "reader"})
    @OidcSecurity(claims = @Claim(key = "tenant", value = "globex"))
    void sameContentInAnotherTenantIsANewArticle() {
        String content = Submissions.uniqueText();
        String globex = submit(Submissions.plain(content).toString(), null).statusCode(201).body("tenant", is("globex")).extract().path("id");
        String other = articleOfTenantAcme(content);
        assertNotEquals(globex, other);
    }

    private String articleOfTenantAcme(String content) {
        var submission = new ArticleSubmission(content, io.newsroom.article.ContentType.TEXT_PLAIN, null, null, null);
        return articles.submit("acme", submission, null, null).article().id.toString();
    }

    @Test
    @TestSecurity(user = "reader-acme", roles = "reader")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "acme"))
    void readerCannotSubmit() {
        StoredRows.Counts before = StoredRows.count();
        assertProblem(submit(Submissions.plain().toString(), null), 403, "roles");
        assertEquals(before, StoredRows.count());
    }

    @Test
    @TestSecurity(user = "partner-without-tenant", roles = "partner")
    void tokenWithoutTenantIsForbidden() {
        assertProblem(submit(Submissions.plain().toString(), null), 403, "tenant");
        assertProblem(given().when().get(ARTICLES).then(), 403, "tenant");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminSubmitsForANamedTenant() {
        given().contentType(ContentType.JSON).queryParam("tenant", "globex").body(Submissions.plain().toString())
                .when().post(ARTICLES)
                .then().statusCode(201).body("tenant", is("globex"));
        assertProblem(submit(Submissions.plain().toString(), null), 400, "must name the tenant");
    }

    @Test
    void generatedRequestIdIsReturnedWhenNoneIsSent() {
        given().when().get(ARTICLES + "/" + UUID.randomUUID())
                .then().statusCode(404).header("X-Request-Id", notNullValue())
                .body("requestId", notNullValue());
    }

    private static ValidatableResponse submit(String body, String idempotencyKey) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (idempotencyKey != null) {
            request.header(ArticleResource.IDEMPOTENCY_KEY, idempotencyKey);
        }
        return request.when().post(ARTICLES).then();
    }

    static void assertProblem(ValidatableResponse response, int status, String detail) {
        String requestId = response.statusCode(status)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", containsString(detail))
                .body("instance", notNullValue())
                .extract().header("X-Request-Id");
        assertTrue(requestId != null && !requestId.isBlank(), "X-Request-Id header expected");
        response.body("requestId", equalTo(requestId));
    }
}
