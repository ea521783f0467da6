package io.newsroom.article.it;

import io.newsroom.article.Submissions;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/** Roles, refusals and tenancy with real tokens from the local Keycloak. */
@QuarkusIntegrationTest
@TestProfile(RealInfrastructureProfile.class)
class ArticleSecurityIT {

    static final String ARTICLES = "/api/v1/articles";

    static String acme;
    static String globex;
    static String reader;

    @BeforeAll
    static void tokens() {
        acme = KeycloakTokens.partnerAcme();
        globex = KeycloakTokens.partnerGlobex();
        reader = KeycloakTokens.readerAcme();
    }

    @Test
    void partnerSubmitsAndReadsOwnArticle() {
        String id = submit(acme, Submissions.plain().toString()).statusCode(201).body("tenant", is("acme")).extract().path("id");
        as(acme).get(ARTICLES + "/" + id).then().statusCode(200).body("id", is(id));
    }

    @Test
    void readerReadsItsTenantButCannotSubmitDeleteOrReprocess() {
        String id = submit(acme, Submissions.plain().toString()).statusCode(201).extract().path("id");
        as(reader).get(ARTICLES + "/" + id).then().statusCode(200);
        problem(submit(reader, Submissions.plain().toString()), 403);
        problem(as(reader).delete(ARTICLES + "/" + id).then(), 403);
        problem(as(reader).post(ARTICLES + "/" + id + "/reprocess").then(), 403);
        as(acme).get(ARTICLES + "/" + id).then().statusCode(200);
    }

    @Test
    void noTokenIs401() {
        problem(given().contentType(ContentType.JSON).body(Submissions.plain().toString()).post(ARTICLES).then(), 401);
        problem(given().get(ARTICLES).then(), 401);
    }

    @Test
    void expiredTokenIs401() {
        String shortLived = KeycloakTokens.shortLivedAcme();
        as(shortLived).get(ARTICLES).then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> as(shortLived).get(ARTICLES).statusCode() == 401);
        problem(as(shortLived).get(ARTICLES).then(), 401);
    }

    @Test
    void tokenSignedByAnotherKeyIs401() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair foreign = generator.generateKeyPair();
        String forged = Jwt.issuer(KeycloakTokens.REALM_URL).audience("newsroom-api").subject("intruder")
                .claim("tenant", "acme").claim("realm_access", Map.of("roles", List.of("partner", "admin")))
                .expiresIn(300).jws().keyId("not-a-keycloak-key").sign(foreign.getPrivate());
        problem(as(forged).get(ARTICLES).then(), 401);
        problem(submit(forged, Submissions.plain().toString()), 401);
    }

    @Test
    void anotherTenantsArticleIsA404AndNeverListed() {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String id = submit(acme, Submissions.plain("Acme desk on " + word + " ferries.").toString()).statusCode(201).extract().path("id");
        String path = ARTICLES + "/" + id;
        problem(as(globex).get(path).then(), 404);
        problem(as(globex).get(path + "/extraction").then(), 404);
        problem(as(globex).post(path + "/reprocess").then(), 404);
        problem(as(globex).delete(path).then(), 404);
        for (Map<String, String> filter : List.of(Map.of("q", word), Map.of("q", word, "status", "PENDING"),
                Map.<String, String>of())) {
            as(globex).queryParams(filter).queryParam("limit", 100).get(ARTICLES)
                    .then().statusCode(200).body("items.id", not(hasItem(id)));
        }
        // a partner naming another tenant is refused, whether that tenant exists or not
        for (String tenant : List.of("acme", "no-such-tenant")) {
            problem(as(globex).queryParam("q", word).queryParam("tenant", tenant).get(ARTICLES).then(), 403);
        }
        as(acme).queryParam("q", word).get(ARTICLES).then().statusCode(200).body("items.id", hasItem(id));
        as(acme).get(path).then().statusCode(200);
    }

    @Test
    void storiesAndSimilarArticlesAreScopedLikeArticles() {
        String id = submit(acme, Submissions.plain().toString()).statusCode(201).extract().path("id");
        String story = "/api/v1/stories/" + UUID.randomUUID();
        problem(given().get(story).then(), 401);
        problem(given().get(ARTICLES + "/" + id + "/similar").then(), 401);
        // a pending article has no story yet and nothing similar; the reader may look
        as(reader).get(ARTICLES + "/" + id + "/similar").then().statusCode(200).body("items.size()", is(0));
        problem(as(globex).get(ARTICLES + "/" + id + "/similar").then(), 404);
        problem(as(acme).get(story).then(), 404);
        problem(as(acme).get("/api/v1/stories/not-a-story").then(), 404);
        problem(as(acme).queryParam("storyId", "not-a-story").get(ARTICLES).then(), 400);
        problem(as(reader).post(story).then(), 405);
    }

    @Test
    void adminSeesEveryTenant() {
        String admin = KeycloakTokens.admin();
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String acmeId = submit(acme, Submissions.plain("Acme on " + word).toString()).statusCode(201).extract().path("id");
        String globexId = submit(globex, Submissions.plain("Globex on " + word).toString()).statusCode(201).extract().path("id");
        as(admin).queryParam("q", word).get(ARTICLES).then().statusCode(200)
                .body("items.id", hasItem(acmeId)).body("items.id", hasItem(globexId));
        as(admin).get(ARTICLES + "/" + globexId).then().statusCode(200).body("tenant", is("globex"));
    }

    static io.restassured.specification.RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    static ValidatableResponse submit(String token, String body) {
        return as(token).contentType(ContentType.JSON).body(body).post(ARTICLES).then();
    }

    static void problem(ValidatableResponse response, int status) {
        response.statusCode(status).contentType(containsString("application/problem+json")).body("status", is(status));
    }
}
