package io.newsroom.gateway.routing;

import io.newsroom.gateway.support.RealmTokens;
import io.newsroom.gateway.support.StubBackends;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

/** A backend that is slow, down, or back again; the test profile sets a 1 s timeout and a 3-failure, 1 s circuit. */
@QuarkusTest
@WithTestResource(value = StubBackends.class, scope = TestResourceScope.MATCHING_RESOURCES)
class BackendFailureTest {

    private static final String ARTICLE = "/api/v1/articles/" + StubBackends.ACME_ARTICLE;

    @Test
    void aSlowBackendIs504() {
        RestAssured.given().auth().oauth2(RealmTokens.partnerAcme()).get("/api/v1/articles/" + StubBackends.SLOW_ARTICLE)
                .then().statusCode(504).contentType("application/problem+json").body("detail", containsString("in time"));
    }

    @Test
    void aBackendThatIsDownIs502ThenItsCircuitOpens503AndItRecovers() {
        String token = RealmTokens.partnerAcme();
        // A success first resets the count of consecutive failures left by other tests.
        RestAssured.given().auth().oauth2(token).get(ARTICLE).then().statusCode(200);
        StubBackends.stopArticleService();
        try {
            for (int i = 0; i < 3; i++) {
                RestAssured.given().auth().oauth2(token).get(ARTICLE).then().statusCode(502)
                        .contentType("application/problem+json").body("detail", containsString("refused"));
            }
            RestAssured.given().auth().oauth2(token).get(ARTICLE).then().statusCode(503)
                    .header("Retry-After", notNullValue()).contentType("application/problem+json");
        } finally {
            StubBackends.startArticleService();
        }
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
        int status;
        do {
            status = RestAssured.given().auth().oauth2(token).get(ARTICLE).statusCode();
        } while (status != 200 && Instant.now().isBefore(giveUp) && pause());
        RestAssured.given().auth().oauth2(token).get(ARTICLE).then().statusCode(200);
    }

    private static boolean pause() {
        try {
            Thread.sleep(200);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
