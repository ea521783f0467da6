package io.newsroom.article.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.article.Article;
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
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Re-extraction jobs and dead-letter replays stored in PostgreSQL (V7), run by this instance's worker. */
@QuarkusTest
@TestSecurity(user = "ops-admin", roles = "admin")
class ReextractionJobTest {

    private static final String JOBS = "/api/v1/admin/reextractions";
    private static final String VERSIONS = "/api/v1/admin/extractor-versions";
    private static final String REPLAYS = "/api/v1/admin/dead-letters/replays";
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Extractor versions only this test stores. */
    private static final String TEST_VERSIONS = "0.7.%";

    @Inject
    ArticleService articles;

    @Inject
    ArticleRepository repository;

    @Inject
    ExtractionRecorder recorder;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    private final List<String> openJobs = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        openJobs.forEach(id -> given().delete(JOBS + "/" + id));
        QuarkusTransaction.requiringNew().run(() -> repository.delete("extractorVersion like ?1", TEST_VERSIONS));
    }

    @Test
    void listsTheVersionsInUseAndRefusesOneNotInUse() {
        String version = testVersion();
        String tenant = tenant();
        extracted(tenant, version, 2);
        given().when().get(VERSIONS).then().statusCode(200)
                .body("versions.find { it.version == '" + version + "' }.articles", is(2));
        given().queryParam("tenant", tenant).when().get(VERSIONS).then().statusCode(200)
                .body("versions.version", equalTo(List.of(version)));

        problem(start(Map.of("extractorVersion", "9.9.9")), 422, "extractor version 9.9.9 made no stored extraction")
                .body("detail", containsString(version));
        problem(start(Map.of("extractorVersion", version, "tenant", tenant())), 422, "of tenant");
        given().when().get(JOBS).then().statusCode(200).body("extractorVersion", org.hamcrest.Matchers.not(hasItem("9.9.9")));
    }

    @Test
    void refusesBadRequests() {
        problem(start(Map.of()), 400, "exactly one of extractorVersion");
        problem(start(Map.of("extractorVersion", "1.0.0", "belowVersion", "2.0.0")), 400, "exactly one");
        problem(start(Map.of("extractorVersion", "latest")), 400, "'latest' is not a version");
        problem(start(Map.of("belowVersion", "2.0.0", "maxPerSecond", 0)), 400, "maxPerSecond");
        problem(start(Map.of("belowVersion", "2.0.0", "tenant", "no spaces")), 400, "tenant");
        problem(given().when().get(JOBS + "/" + UUID.randomUUID()).then(), 404, "no re-extraction job");
        problem(given().when().get(JOBS + "/not-a-job").then(), 404, "no re-extraction job");
        problem(given().queryParam("limit", 0).when().get(JOBS).then(), 400, "limit");
        problem(given().contentType("application/json").body(Map.of("letters", List.of())).when().post(REPLAYS).then(),
                400, "letters");
        problem(given().contentType("application/json")
                .body(Map.of("letters", List.of(Map.of("letter", "x", "articleId", "nope")))).when().post(REPLAYS).then(),
                400, "articleId");
    }

    @Test
    void aJobQueuesEveryArticleOfTheVersionOfOneTenantAndEnds() {
        String version = testVersion();
        String tenant = tenant();
        List<UUID> mine = extracted(tenant, version, 3);
        UUID otherTenants = extracted(tenant(), version, 1).get(0);

        JsonPath created = start(Map.of("extractorVersion", version, "tenant", tenant)).statusCode(202)
                .header("Location", containsString(JOBS + "/"))
                .body("kind", is("EXTRACTOR_VERSION")).body("state", is("QUEUED")).body("tenant", is(tenant))
                .body("requestedBy", is("ops-admin")).extract().jsonPath();
        JsonPath job = awaitEnd(created.getString("id"));
        assertEquals("COMPLETED", job.getString("state"));
        assertEquals(3, job.getLong("total"));
        assertEquals(3, job.getLong("done"));
        assertEquals(0, job.getLong("failed"));
        for (UUID id : mine) {
            Article article = article(id);
            assertEquals(2, article.attempt, "queued again: " + id);
        }
        assertEquals(1, article(otherTenants).attempt, "another tenant's article stays");
        given().when().get(JOBS).then().statusCode(200).body("id", hasItem(created.getString("id")));
    }

    @Test
    void aCancelledJobQueuesNothingMore() {
        String version = testVersion();
        extracted(tenant(), version, 6);
        String id = start(Map.of("extractorVersion", version, "maxPerSecond", 1)).statusCode(202).extract().path("id");
        openJobs.add(id);
        await().atMost(WAIT).until(() -> progress(id).getLong("done") >= 1);
        JsonPath cancelled = given().when().delete(JOBS + "/" + id).then().statusCode(202)
                .body("state", is("CANCELLED")).body("finishedAt", notNullValue()).extract().jsonPath();
        // a job started after the cancel runs on the same worker: once it has ended, the cancelled one is surely idle
        String later = testVersion();
        extracted(tenant(), later, 1);
        awaitEnd(start(Map.of("extractorVersion", later)).statusCode(202).extract().path("id"));
        JsonPath after = progress(id);
        assertEquals("CANCELLED", after.getString("state"));
        assertEquals(cancelled.getLong("done"), after.getLong("done"), "queued after the cancel");
        assertTrue(after.getLong("done") < 6, "the job was cancelled before it ended");
        problem(given().when().delete(JOBS + "/" + id).then(), 409, "has already ended (CANCELLED)");
    }

    @Test
    void aJobLeftByACrashedInstanceGoesOnFromItsCursorAndALiveClaimIsLeftAlone() {
        String version = testVersion();
        // in the database's uuid order (unsigned bytes), which is the order of the lower-case text, not UUID.compareTo's
        List<UUID> ids = extracted(tenant(), version, 4).stream().sorted(Comparator.comparing(UUID::toString)).toList();
        UUID crashed = insertRunning(version, "crashed-instance", Instant.now().minusSeconds(5), ids.get(1), 2);
        UUID held = insertRunning(version, "live-instance", Instant.now().plusSeconds(3600), null, 0);
        openJobs.add(held.toString());

        JsonPath resumed = awaitEnd(crashed.toString());
        assertEquals("COMPLETED", resumed.getString("state"));
        assertEquals(4, resumed.getLong("done"), "the two before the cursor and the two after");
        assertEquals(1, article(ids.get(0)).attempt, "before the cursor: not queued again");
        assertEquals(1, article(ids.get(1)).attempt, "at the cursor: not queued again");
        assertEquals(2, article(ids.get(2)).attempt);
        assertEquals(2, article(ids.get(3)).attempt);
        assertEquals("RUNNING", progress(held.toString()).getString("state"));
        assertEquals(0, progress(held.toString()).getLong("done"), "another instance's live claim was taken");
    }

    @Test
    void aReplayedDeadLetterIsNotReplayedAgain() {
        String tenant = tenant();
        List<UUID> ids = extracted(tenant, testVersion(), 2);
        String first = "letter-" + UUID.randomUUID();
        String second = "2@" + ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);

        JsonPath replay = replay(Map.of(first, ids.get(0))).statusCode(202)
                .header("Location", containsString(JOBS + "/"))
                .body("job.kind", is("ARTICLES")).body("job.total", is(1))
                .body("replayed.letter", equalTo(List.of(first))).body("earlier.size()", is(0)).extract().jsonPath();
        assertEquals("COMPLETED", awaitEnd(replay.getString("job.id")).getString("state"));
        assertEquals(2, article(ids.get(0)).attempt);

        problem(replay(Map.of(first, ids.get(0))), 409, "dead letter " + first + " was replayed at");
        JsonPath both = replay(Map.of(first, ids.get(0), second, ids.get(1))).statusCode(202)
                .body("replayed.letter", equalTo(List.of(second))).body("earlier.letter", equalTo(List.of(first)))
                .extract().jsonPath();
        awaitEnd(both.getString("job.id"));
        assertEquals(2, article(ids.get(0)).attempt, "replayed once only");
        assertEquals(2, article(ids.get(1)).attempt);

        given().contentType("application/json").body(Map.of("letters", List.of(first, second, "never-replayed")))
                .when().post(REPLAYS + "/lookup").then().statusCode(200)
                .body("replays.letter", hasItems(first, second)).body("replays.size()", is(2))
                .body("replays.find { it.letter == '" + second + "' }.articleId", is(ids.get(1).toString()));
    }

    @Test
    void aReplayOfAVanishedArticleCountsAsFailed() {
        JsonPath replay = replay(Map.of("gone-" + UUID.randomUUID(), UUID.randomUUID())).statusCode(202).extract().jsonPath();
        JsonPath job = awaitEnd(replay.getString("job.id"));
        assertEquals("COMPLETED", job.getString("state"));
        assertEquals(0, job.getLong("done"));
        assertEquals(1, job.getLong("failed"));
    }

    @Test
    @TestSecurity(user = "partner-acme", roles = "partner")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "acme"))
    void aPartnerIsRefused() {
        problem(start(Map.of("belowVersion", "9.0.0")), 403, "");
        problem(given().when().get(JOBS).then(), 403, "");
        problem(given().when().get(VERSIONS).then(), 403, "");
    }

    @Test
    @TestSecurity
    void anonymousCallersAreUnauthorized() {
        problem(given().when().get(JOBS).then(), 401, "bearer token");
    }

    @Test
    void openApiDocumentsTheJobEndpoints() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.keySet()", hasItems(JOBS, JOBS + "/{id}", VERSIONS, REPLAYS, REPLAYS + "/lookup"))
                .body("paths.'" + JOBS + "'.post.responses.keySet()", hasItems("202", "400", "401", "403", "422"))
                .body("components.schemas.keySet()", hasItems("ReextractionJob", "NewReextraction", "ExtractorVersions"));
    }

    private ValidatableResponse start(Map<String, ?> body) {
        return given().contentType("application/json").body(body).when().post(JOBS).then();
    }

    private ValidatableResponse replay(Map<String, UUID> letters) {
        List<Map<String, String>> named = new ArrayList<>();
        letters.forEach((letter, id) -> named.add(Map.of("letter", letter, "articleId", id.toString())));
        return given().contentType("application/json").body(Map.of("letters", named)).when().post(REPLAYS).then();
    }

    private static JsonPath progress(String id) {
        return given().when().get(JOBS + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath awaitEnd(String id) {
        return await().atMost(WAIT).until(() -> progress(id),
                job -> List.of("COMPLETED", "CANCELLED", "FAILED").contains(job.getString("state")));
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String detail) {
        return response.statusCode(status).contentType("application/problem+json")
                .body("status", is(status)).body("detail", containsString(detail));
    }

    private UUID insertRunning(String version, String worker, Instant leaseUntil, UUID cursor, long done) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ReextractionJob job = new ReextractionJob();
            job.id = UUID.randomUUID();
            job.kind = ReextractionJob.Kind.EXTRACTOR_VERSION;
            job.extractorVersion = version;
            job.state = ReextractionJob.State.RUNNING;
            job.total = 4L;
            job.done = done;
            job.cursor = cursor;
            job.claimedBy = worker;
            job.leaseUntil = leaseUntil;
            job.createdAt = Instant.now().minusSeconds(60);
            job.startedAt = job.createdAt;
            em.persist(job);
            return job.id;
        });
    }

    private Article article(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> repository.findById(id));
    }

    private List<UUID> extracted(String tenant, String version, int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ArticleSubmission submission = new ArticleSubmission(Submissions.uniqueText(), ContentType.TEXT_PLAIN, null, null, null);
            UUID id = articles.submit(tenant, submission, null, null).article().id;
            assertEquals(ExtractionRecorder.Outcome.APPLIED,
                    recorder.recordExtraction(ExtractedEvent.read(mapper, EventFixtures.extracted(id, tenant, version))));
            ids.add(id);
        }
        return ids;
    }

    private static String testVersion() {
        return "0.7." + ThreadLocalRandom.current().nextInt(1, 1_000_000_000);
    }

    private static String tenant() {
        return "jobs-" + UUID.randomUUID();
    }
}
