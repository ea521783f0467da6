package io.newsroom.gateway.console;

import io.newsroom.gateway.support.ConsoleBrowser;
import io.newsroom.gateway.support.RealmTokens;
import io.newsroom.gateway.support.StubBackends;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The re-extraction pages against article-service's stand-in: the version choice, a job started from the form and
 * followed by its progress fragment, cancelled, the history; each checked through the admin API.
 */
@QuarkusTest
@WithTestResource(value = StubBackends.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ReextractionPagesTest {

    private static final Pattern JOB_PAGE = Pattern.compile("/console/reextractions/([0-9a-f-]{36})");

    @TestHTTPResource("/console")
    URI console;

    @Test
    void thePageOffersTheVersionsInUseAndTheTenants() throws Exception {
        HttpResponse<String> page = admin().get("/console/reextractions");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("<option value=\"" + StubBackends.VERSION_IN_USE + "\">"), page.body());
        assertTrue(page.body().contains("<option value=\"acme\">") && page.body().contains("<option value=\"globex\">"), page.body());
        assertTrue(page.body().contains("id=\"job-history\""), page.body());
    }

    @Test
    void aJobStartedFromTheFormRunsForTheChosenVersionAndTenantAndShowsItsProgress() throws Exception {
        ConsoleBrowser admin = admin();
        HttpResponse<String> started = admin.submit("/console/reextractions", "/console/reextractions",
                "extractorVersion", StubBackends.VERSION_IN_USE, "tenant", "acme");
        assertEquals(200, started.statusCode(), started.body());
        String id = jobOf(started);
        JsonObject request = StubBackends.JOB_REQUESTS.getLast();
        assertEquals(StubBackends.VERSION_IN_USE, request.getString("extractorVersion"));
        assertEquals("acme", request.getString("tenant"));
        assertTrue(started.body().contains("id=\"job-progress\" data-state=\"QUEUED\""), started.body());
        assertTrue(started.body().contains("hx-get=\"/console/reextractions/" + id + "/progress\""), started.body());
        assertEquals("QUEUED", api().get("/admin/v1/reextractions/" + id).then().statusCode(200).extract().path("state"));

        StubBackends.JOBS.get(id).put("state", "RUNNING").put("done", 3);
        HttpResponse<String> running = admin.get("/console/reextractions/" + id + "/progress");
        assertEquals(200, running.statusCode());
        assertFalse(running.body().contains("<html"), "the fragment alone");
        assertTrue(running.body().contains("data-percent=\"42\""), running.body());

        StubBackends.JOBS.get(id).put("state", "COMPLETED").put("done", 7);
        HttpResponse<String> done = admin.get("/console/reextractions/" + id + "/progress");
        assertTrue(done.body().contains("data-state=\"COMPLETED\" data-percent=\"100\""), done.body());
        assertFalse(done.body().contains("hx-trigger"), "an ended job is not polled any more");
        assertFalse(done.body().contains("id=\"cancel-job\""), "nor offered for cancelling");

        HttpResponse<String> history = admin.get("/console/reextractions/history");
        assertTrue(history.body().contains("data-job=\"" + id + "\" data-state=\"COMPLETED\""), history.body());
    }

    @Test
    void aVersionNotInUseIsRefusedWithTheBackendsReason() throws Exception {
        HttpResponse<String> refused = admin().submit("/console/reextractions", "/console/reextractions",
                "extractorVersion", "9.9.9");
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("versions in use: " + StubBackends.VERSION_IN_USE), refused.body());
        assertTrue(refused.body().contains("id=\"error\""), refused.body());
    }

    @Test
    void cancelStopsAnOpenJobAndAnEndedOneSaysWhy() throws Exception {
        ConsoleBrowser admin = admin();
        String id = jobOf(admin.submit("/console/reextractions", "/console/reextractions",
                "extractorVersion", StubBackends.VERSION_IN_USE));
        String page = "/console/reextractions/" + id;
        HttpResponse<String> cancelled = admin.submit(page, page + "/cancel");
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertTrue(cancelled.body().contains("id=\"job-state\">CANCELLED"), cancelled.body());
        assertEquals("CANCELLED", api().get("/admin/v1/reextractions/" + id).then().statusCode(200).extract().path("state"));

        HttpResponse<String> again = admin.post(page + "/cancel", ConsoleBrowser.CSRF_FIELD, csrfOf(admin, "/console/reextractions"));
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(again.body().contains("has already ended (CANCELLED)"), again.body());
    }

    @Test
    void everyFormRefusesAMissingCsrfToken() throws Exception {
        ConsoleBrowser admin = admin();
        int requests = StubBackends.JOB_REQUESTS.size();
        assertEquals(400, admin.post("/console/reextractions", "extractorVersion", StubBackends.VERSION_IN_USE).statusCode());
        assertEquals(requests, StubBackends.JOB_REQUESTS.size(), "no job was asked for");
        String id = jobOf(admin.submit("/console/reextractions", "/console/reextractions",
                "extractorVersion", StubBackends.VERSION_IN_USE));
        assertEquals(400, admin.post("/console/reextractions/" + id + "/cancel").statusCode());
        assertEquals("QUEUED", StubBackends.JOBS.get(id).getString("state"));
    }

    @Test
    void withoutASessionOrTheAdminRoleThePagesAreRefused() throws Exception {
        HttpResponse<String> anonymous = new ConsoleBrowser(console).send(ConsoleBrowser.get(console.resolve("/console/reextractions")));
        assertEquals(200, anonymous.statusCode());
        assertTrue(anonymous.body().contains("kc-form-login") || anonymous.body().contains("username"), "Keycloak's login page");
        ConsoleBrowser alice = ConsoleBrowser.signIn(console, "alice", "alice");
        HttpResponse<String> refused = alice.get("/console/reextractions");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("id=\"not-allowed\""), refused.body());
        assertEquals(403, alice.post("/console/reextractions", "extractorVersion", StubBackends.VERSION_IN_USE).statusCode());
    }

    private ConsoleBrowser admin() throws Exception {
        return ConsoleBrowser.signIn(console, "admin", "admin");
    }

    private static String jobOf(HttpResponse<String> page) {
        Matcher job = JOB_PAGE.matcher(page.uri().getPath());
        assertTrue(job.matches(), page.uri() + ": " + page.body());
        return job.group(1);
    }

    private static String csrfOf(ConsoleBrowser browser, String page) throws Exception {
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(browser.get(page).body());
        assertTrue(token.find());
        return token.group(1);
    }

    private io.restassured.specification.RequestSpecification api() {
        return RestAssured.given().baseUri(console.resolve("/").toString()).auth().oauth2(RealmTokens.admin());
    }
}
