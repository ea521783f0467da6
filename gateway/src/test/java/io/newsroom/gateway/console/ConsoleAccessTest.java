package io.newsroom.gateway.console;

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

    private static final Pattern FORM_ACTION = Pattern.compile("action=\"([^\"]+)\"");

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
        HttpResponse<String> deadLetters = alice.client.send(get(console.resolve("/console/dead-letters")),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, deadLetters.statusCode());
    }

    @Test
    void anAdminSeesTheOverviewAndAFormWithoutItsCsrfTokenIsRefused() throws Exception {
        Session admin = login("admin", "admin");
        assertEquals(200, admin.page.statusCode(), admin.page.body());
        assertTrue(admin.page.body().contains("<h1>Overview</h1>"), admin.page.body());
        assertTrue(admin.page.body().contains("id=\"articles-per-tenant\""), admin.page.body());
        assertEquals("DENY", admin.page.headers().firstValue("X-Frame-Options").orElse(null));

        HttpResponse<String> list = admin.client.send(get(console.resolve("/console/dead-letters")), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, list.statusCode(), list.body());
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(list.body());
        assertTrue(token.find(), list.body());

        HttpResponse<String> withoutToken = admin.client.send(form(console.resolve("/console/dead-letters/replay"), "x=1"),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, withoutToken.statusCode());
        HttpResponse<String> wrongToken = admin.client.send(form(console.resolve("/console/dead-letters/replay"),
                "csrf-token=" + "A".repeat(token.group(1).length())), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, wrongToken.statusCode());
        HttpResponse<String> withToken = admin.client.send(form(console.resolve("/console/dead-letters/replay"),
                "csrf-token=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, withToken.statusCode(), withToken.body());
        // the stand-in topic holds no letter: the accepted form answers that nothing waits
        assertTrue(withToken.body().contains("No dead letter waits for a replay"), withToken.body());
    }

    private record Session(Browser client, HttpResponse<String> page) {
    }

    /**
     * A browser's cookie jar and redirects, kept by hand: the gateway and Keycloak are both on 127.0.0.1, so one jar
     * of name to value serves both (each cookie's path is honoured well enough for these paths).
     */
    static final class Browser {
        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private final java.util.Map<String, String> cookies = new java.util.LinkedHashMap<>();

        HttpResponse<String> send(HttpRequest request, HttpResponse.BodyHandler<String> handler) throws IOException, InterruptedException {
            HttpRequest current = request;
            for (int hop = 0; hop < 10; hop++) {
                HttpRequest.Builder builder = HttpRequest.newBuilder(current.uri())
                        .method(current.method(), current.bodyPublisher().orElse(HttpRequest.BodyPublishers.noBody()));
                current.headers().map().forEach((name, values) -> values.forEach(v -> builder.header(name, v)));
                if (!cookies.isEmpty()) {
                    builder.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
                }
                HttpResponse<String> answer = http.send(builder.build(), handler);
                for (String set : answer.headers().allValues("Set-Cookie")) {
                    String pair = set.split(";", 2)[0];
                    int eq = pair.indexOf('=');
                    String name = pair.substring(0, eq).trim();
                    String value = pair.substring(eq + 1).trim();
                    if (value.isEmpty() || set.toLowerCase().contains("max-age=0")) {
                        cookies.remove(name);
                    } else {
                        cookies.put(name, value);
                    }
                }
                if (answer.statusCode() < 300 || answer.statusCode() >= 400 || answer.headers().firstValue("Location").isEmpty()) {
                    return answer;
                }
                current = HttpRequest.newBuilder(current.uri().resolve(answer.headers().firstValue("Location").get())).GET().build();
            }
            throw new IllegalStateException("too many redirects from " + request.uri());
        }
    }

    /** Signs in through Keycloak's login form, as a browser does, and answers the page the console showed after it. */
    private Session login(String user, String password) throws IOException, InterruptedException {
        Browser client = new Browser();
        HttpResponse<String> loginPage = client.send(get(console), HttpResponse.BodyHandlers.ofString());
        Matcher action = FORM_ACTION.matcher(loginPage.body());
        assertTrue(action.find(), loginPage.body());
        String target = action.group(1).replace("&amp;", "&");
        HttpResponse<String> page = client.send(form(URI.create(target), "username=" + user + "&password=" + password),
                HttpResponse.BodyHandlers.ofString());
        assertNotNull(page);
        return new Session(client, page);
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
