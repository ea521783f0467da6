package io.newsroom.gateway.console;

import io.newsroom.gateway.support.ConsoleBrowser;
import io.newsroom.gateway.support.RealmTokens;
import io.newsroom.gateway.support.StubBackends;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The article pages against article-service's stand-in: the search's filters reach the backend's list as its own
 * query, the pages follow its cursor, and an article's text is marked by its extraction's offsets, escaped.
 */
@QuarkusTest
@WithTestResource(value = StubBackends.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ArticlePagesTest {

    @TestHTTPResource("/console")
    URI console;

    @Test
    void theSearchSendsItsFiltersToTheArticleListAndPagesOnItsCursor() throws Exception {
        ConsoleBrowser admin = admin();
        HttpResponse<String> page = admin.get("/console/articles?q=ceasefire&entity=Putin&entityType=PERSON&source=Reuters"
                + "&publishedFrom=2025-05-01&publishedTo=2025-05-20&mentionsDate=2025-05&status=EXTRACTED");
        assertEquals(200, page.statusCode(), page.body());
        String query = lastListQuery();
        for (String filter : List.of("q=ceasefire", "entity=Putin", "entityType=PERSON", "source=Reuters", "publishedFrom=2025-05-01",
                "publishedTo=2025-05-20T23%3A59%3A59.999Z", "mentionsDate=2025-05", "status=EXTRACTED", "limit=20")) {
            assertTrue(query.contains(filter), filter + " in " + query);
        }
        assertFalse(query.contains("tenant="), "all tenants: " + query);
        List<String> listed = RestAssured.given().auth().oauth2(RealmTokens.admin()).get("/api/v1/articles").path("items.id");
        for (String id : listed) {
            assertTrue(page.body().contains("data-article=\"" + id + "\""), id + " listed as the API lists it");
        }
        assertTrue(page.body().contains("value=\"Putin\"") && page.body().contains("<option value=\"PERSON\" selected>"),
                "the form keeps the filters");
        assertTrue(page.body().contains("id=\"next-page\" data-test=\"next-page\" href=\"/console/articles?q=ceasefire&amp;entity=Putin"),
                page.body());

        HttpResponse<String> next = admin.get("/console/articles?entity=Putin&cursor=" + StubBackends.NEXT_CURSOR + "&page=2");
        assertEquals(200, next.statusCode());
        assertTrue(lastListQuery().contains("cursor=" + StubBackends.NEXT_CURSOR), lastListQuery());
        assertTrue(next.body().contains("id=\"page-number\">2<") && next.body().contains("id=\"first-page\""), next.body());
        assertFalse(next.body().contains("id=\"next-page\""), "the last page has no next");

        admin.get("/console/articles?tenant=globex");
        assertTrue(lastListQuery().contains("tenant=globex"), lastListQuery());
    }

    @Test
    void anArticleShowsItsTextMarkedBesideItsPeopleAndQuotes() throws Exception {
        HttpResponse<String> page = admin().get("/console/articles/" + StubBackends.ACME_ARTICLE);
        assertEquals(200, page.statusCode(), page.body());
        String body = page.body();
        assertTrue(body.contains("<mark class=\"person\" data-entity=\"e1\" title=\"Vladimir Putin (PERSON)\">Vladimir Putin</mark>"), body);
        assertTrue(body.contains("<mark class=\"organization\" data-entity=\"e2\""), body);
        assertTrue(body.contains("<mark class=\"quote\" data-quote=\"0\" title=\"Vladimir Putin, via Reuters\">Talks &lt;b&gt;will&lt;/b&gt; go on "
                + "<mark class=\"date\" data-date=\"2025-05-19\" title=\"2025-05-19\">Monday</mark>.</mark>"), body);
        assertTrue(body.contains(" A &amp; B."), "the text is escaped");
        assertFalse(body.contains("<b>will</b>"), "no markup of the document reaches the page");
        assertTrue(body.contains("<li data-entity=\"e1\"><strong>Vladimir Putin</strong>: Russian President"), body);
        assertTrue(body.contains("<q>Talks &lt;b&gt;will&lt;/b&gt; go on Monday.</q> <span class=\"speaker\">— Vladimir Putin</span>, via "
                + "<span class=\"via\">Reuters</span>"), body);
    }

    @Test
    void anArticleNotExtractedSaysWhyAndAnUnknownOneIsNotFound() throws Exception {
        ConsoleBrowser admin = admin();
        HttpResponse<String> failed = admin.get("/console/articles/" + StubBackends.GLOBEX_ARTICLE);
        assertEquals(200, failed.statusCode(), failed.body());
        assertTrue(failed.body().contains("id=\"not-extracted\"") && failed.body().contains("is not extracted (status FAILED)"),
                failed.body());
        HttpResponse<String> unknown = admin.get("/console/articles/c3c3c3c3-0000-4000-8000-000000000000");
        assertEquals(404, unknown.statusCode(), unknown.body());
    }

    @Test
    void withoutASessionOrTheAdminRoleThePagesAreRefused() throws Exception {
        HttpResponse<String> anonymous = new ConsoleBrowser(console).send(ConsoleBrowser.get(console.resolve("/console/articles")));
        assertTrue(anonymous.uri().toString().startsWith(RealmTokens.ISSUER), "sent to Keycloak's login page: " + anonymous.uri());
        ConsoleBrowser alice = ConsoleBrowser.signIn(console, "alice", "alice");
        assertEquals(403, alice.get("/console/articles").statusCode());
        assertEquals(403, alice.get("/console/articles/" + StubBackends.ACME_ARTICLE).statusCode());
    }

    private static String lastListQuery() {
        return StubBackends.RECEIVED.reversed().stream().map(request -> request.getString("uri"))
                .filter(uri -> uri.startsWith("/api/v1/articles?")).findFirst().orElse("");
    }

    private ConsoleBrowser admin() throws Exception {
        return ConsoleBrowser.signIn(console, "admin", "admin");
    }
}
