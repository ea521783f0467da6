package io.newsroom.gateway.console;

import io.newsroom.gateway.support.ConsoleBrowser;
import io.newsroom.gateway.support.RealmTokens;
import io.newsroom.gateway.support.StubBackends;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console's refusals from the outside, through Keycloak's real login page: no session is sent to the login page,
 * a user without the admin role gets "not allowed", a form posted without its CSRF token is refused, a bearer token
 * opens no page; an admin gets the overview, with the security headers.
 */
@QuarkusTest
@WithTestResource(value = StubBackends.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ConsoleAccessTest {

    @TestHTTPResource("/console")
    URI console;

    @Test
    void withoutASessionTheConsoleRedirectsToKeycloaksLoginPage() throws Exception {
        HttpResponse<String> answer = browser().send(get(console), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, answer.statusCode());
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(RealmTokens.ISSUER + "/protocol/openid-connect/auth?"), location);
        assertTrue(location.contains("client_id=newsroom-console"), location);
        assertTrue(location.contains("code_challenge_method=S256"), location);
        assertTrue(answer.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
    }

    @Test
    void aBearerTokenOpensNoConsolePage() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(console).header("Authorization", "Bearer " + RealmTokens.admin()).GET().build();
        HttpResponse<String> answer = browser().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(302, answer.statusCode(), answer.body());
    }

    @Test
    void aUserWithoutTheAdminRoleIsNotAllowed() throws Exception {
        Session alice = login("alice", "alice");
        assertEquals(403, alice.page.statusCode());
        assertTrue(alice.page.body().contains("Not allowed"), alice.page.body());
        assertTrue(alice.page.body().contains("alice"), alice.page.body());
        HttpResponse<String> deadLetters = alice.client.get("/console/dead-letters");
        assertEquals(403, deadLetters.statusCode());
    }

    @Test
    void anAdminSeesTheOverviewAndAFormWithoutItsCsrfTokenIsRefused() throws Exception {
        Session admin = login("admin", "admin");
        assertEquals(200, admin.page.statusCode(), admin.page.body());
        assertTrue(admin.page.body().contains("<h1>Overview</h1>"), admin.page.body());
        assertTrue(admin.page.body().contains("id=\"articles-per-tenant\""), admin.page.body());
        assertEquals("DENY", admin.page.headers().firstValue("X-Frame-Options").orElse(null));

        HttpResponse<String> list = admin.client.get("/console/dead-letters");
        assertEquals(200, list.statusCode(), list.body());
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(list.body());
        assertTrue(token.find(), list.body());

        HttpResponse<String> withoutToken = admin.client.send(form(console.resolve("/console/dead-letters/replay"), "x=1"));
        assertEquals(400, withoutToken.statusCode());
        HttpResponse<String> wrongToken = admin.client.send(form(console.resolve("/console/dead-letters/replay"),
                "csrf-token=" + "A".repeat(token.group(1).length())));
        assertEquals(400, wrongToken.statusCode());
        HttpResponse<String> withToken = admin.client.send(form(console.resolve("/console/dead-letters/replay"),
                "csrf-token=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)));
        assertEquals(200, withToken.statusCode(), withToken.body());
        // the stand-in topic holds no letter: the accepted form answers that nothing waits
        assertTrue(withToken.body().contains("No dead letter waits for a replay"), withToken.body());
    }

    private record Session(ConsoleBrowser client, HttpResponse<String> page) {
    }

    private Session login(String user, String password) throws IOException, InterruptedException {
        ConsoleBrowser browser = ConsoleBrowser.signIn(console, user, password);
        assertNotNull(browser.signedIn());
        return new Session(browser, browser.signedIn());
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).GET().build();
    }

    private static HttpRequest form(URI uri, String body) {
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
