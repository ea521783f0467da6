package io.newsroom.article.rest;

import io.newsroom.article.Submissions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.newsroom.article.rest.ArticleSubmissionTest.ARTICLES;
import static io.newsroom.article.rest.ArticleSubmissionTest.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class AnonymousAccessTest {

    @Test
    void everyArticleEndpointNeedsAToken() {
        assertProblem(given().contentType(ContentType.JSON).body(Submissions.plain().toString()).when().post(ARTICLES).then(), 401, "bearer token");
        assertProblem(given().when().get(ARTICLES).then(), 401, "bearer token");
        assertProblem(given().when().get(ARTICLES + "/" + UUID.randomUUID()).then(), 401, "bearer token");
        assertProblem(given().when().delete(ARTICLES + "/" + UUID.randomUUID()).then(), 401, "bearer token");
        given().when().get(ARTICLES).then().header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void openApiDocumentsTheApiAndItsSecurity() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths", hasKey("/api/v1/articles"))
                .body("paths", hasKey("/api/v1/articles/{id}/extraction"))
                .body("components.securitySchemes", hasKey("bearer"))
                .body("components.schemas", hasKey("ArticleSubmission"))
                .body("components.schemas", hasKey("Problem"))
                .body("paths.'/api/v1/articles'.post.responses", hasKey("415"));
    }

    @Test
    void openApiDocumentsTheListFiltersAndItems() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/articles'.get.parameters.name",
                        hasItems("mentionsDate", "mentionsDateFrom", "mentionsDateTo", "fields", "tenant"))
                .body("paths.'/api/v1/articles'.get.responses", hasKey("400"))
                .body("paths.'/api/v1/articles'.get.responses", hasKey("403"))
                .body("components.schemas.Article.properties", hasKey("publishedDateSource"))
                .body("components.schemas.Article.properties", hasKey("firstSummaryLine"))
                .body("components.schemas.ArticleList.properties.items.items.'$ref'", is("#/components/schemas/Article"));
    }

    @Test
    void healthAndMetricsArePublic() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", org.hamcrest.Matchers.hasItem("Database connections health check"))
                .body("checks.name", org.hamcrest.Matchers.hasItem("Outbox relay to Kafka"));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
        given().when().get("/q/health/live").then().statusCode(is(200));
    }
}
