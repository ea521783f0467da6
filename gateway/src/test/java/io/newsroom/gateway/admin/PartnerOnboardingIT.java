package io.newsroom.gateway.admin;

import io.newsroom.gateway.support.RealmTokens;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The packaged gateway in front of the real article-service (port 8081): a partner onboarded a minute ago submits. */
@QuarkusIntegrationTest
class PartnerOnboardingIT {

    private static final String TENANT = "umbrella-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String CLIENT = "partner-" + TENANT;
    private static final String ARTICLE_SERVICE = "http://127.0.0.1:8081";

    @BeforeEach
    void requireArticleService() {
        assumeTrue(answers(8081), "article-service is not running on 127.0.0.1:8081 (bin/newsroom up): "
                + "the end-to-end onboarding check is skipped");
    }

    @AfterEach
    void removeTheClient() {
        PartnerOnboardingTest.deleteClient(CLIENT);
    }

    @Test
    void aNewPartnerSubmitsAnArticleThroughTheGateway() {
        String secret = RestAssured.given().auth().oauth2(RealmTokens.admin()).contentType("application/json")
                .body(Map.of("tenant", TENANT)).post("/admin/v1/partners").then().statusCode(201).extract().path("secret");
        Response token = RealmTokens.requestClientCredentials(CLIENT, secret);
        assertEquals(200, token.statusCode(), token::asString);
        String accessToken = token.path("access_token");
        String id = RestAssured.given().auth().oauth2(accessToken).contentType("application/json")
                .body(Map.of("content", "Umbrella Corp said on Monday it would open a new laboratory.", "contentType", "text/plain"))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
        RestAssured.given().auth().oauth2(accessToken).get("/api/v1/articles/" + id).then().statusCode(200)
                .body("id", equalTo(id));
        // the gateway under test must have stored it in the real service, not in a stand-in backend
        RestAssured.given().auth().oauth2(accessToken).get(ARTICLE_SERVICE + "/api/v1/articles/" + id).then().statusCode(200)
                .body("tenant", equalTo(TENANT));
        RestAssured.given().auth().oauth2(RealmTokens.partnerAcme()).get("/api/v1/articles/" + id).then().statusCode(404);
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
