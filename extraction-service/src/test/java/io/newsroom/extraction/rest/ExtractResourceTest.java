package io.newsroom.extraction.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class ExtractResourceTest {

    static final String PATH = "/api/v1/extract";
    static final String ARTICLE = "Ferry line saved\n\nThe harbour council approved a subsidy of $2 million for the "
            + "ferry line on Monday, Mayor Ingrid Solberg said.";

    @Test
    @TestSecurity(user = "partner-acme", roles = {"partner", "reader"})
    void partnerGetsTheDocumentOfAJsonRequest() {
        given().contentType(ContentType.JSON).header("X-Request-Id", "req-42")
                .body("{\"document\": \"ferry\", \"content\": \"" + ARTICLE.replace("\n", "\\n")
                        + "\", \"contentType\": \"text/plain\", \"published\": \"2024-03-05\"}")
                .post(PATH)
                .then().statusCode(200).contentType(ContentType.JSON)
                .header("X-Request-Id", "req-42")
                .body("document", is("ferry"))
                .body("extractorVersion", notNullValue())
                .body("text", containsString("harbour council"))
                .body("quantities.unit", hasItem("USD"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminMaySendRawTextOrHtml() {
        given().contentType("text/plain; charset=UTF-8").queryParam("document", "raw").body(ARTICLE).post(PATH)
                .then().statusCode(200).body("document", is("raw")).body("text", containsString("Ingrid Solberg"));
        given().contentType(ContentType.HTML)
                .body("<html><body><article><p>" + ARTICLE + "</p></article></body></html>").post(PATH)
                .then().statusCode(200).body("text", containsString("Ingrid Solberg"));
    }

    @Test
    @TestSecurity(user = "partner-acme", roles = "partner")
    void malformedJsonIsABadRequestProblem() {
        given().contentType(ContentType.JSON).body("{\"content\": ").post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", is(400)).body("instance", is(PATH)).body("requestId", notNullValue());
        given().contentType(ContentType.JSON).body("{\"contentType\": \"text/plain\"}").post(PATH)
                .then().statusCode(400).contentType("application/problem+json").body("detail", is("content is required"));
        given().contentType(ContentType.JSON).body("{\"content\": 42}").post(PATH)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "partner-acme", roles = "partner")
    void invalidUtf8IsABadRequestProblem() {
        byte[] latin1 = ("{\"content\": \"Caf\u00e9 owners met on Monday.\"}").getBytes(StandardCharsets.ISO_8859_1);
        byte[] truncated = Arrays.copyOf("Fran\u00e7ois Bayrou".getBytes(StandardCharsets.UTF_8), 5);
        byte[] noise = {(byte) 0xff, (byte) 0xfe, 0x41, (byte) 0xc3, 0x28, (byte) 0x80, 0x0a};
        refused(given().contentType(ContentType.JSON).body(latin1), 400, "not valid UTF-8");
        refused(given().contentType("text/plain; charset=UTF-8").body(truncated), 400, "not valid UTF-8");
        refused(given().contentType("text/html; charset=utf-8").body(noise), 400, "not valid UTF-8");
        // the same bytes are text when their charset is declared
        given().contentType("text/plain; charset=ISO-8859-1").body((ARTICLE + " Caf\u00e9 owners agreed.").getBytes(StandardCharsets.ISO_8859_1))
                .post(PATH).then().statusCode(200).body("text", containsString("Caf\u00e9"));
    }

    @Test
    @TestSecurity(user = "partner-acme", roles = "partner")
    void jsonFollowedByGarbageIsABadRequestProblem() {
        String request = "{\"content\": \"" + ARTICLE.replace("\n", "\\n") + "\"}";
        refused(given().contentType(ContentType.JSON).body(request + "}garbage"), 400, "not valid JSON");
        refused(given().contentType(ContentType.JSON).body(request + " {\"content\": \"more\"}"), 400, "not valid JSON");
        given().contentType(ContentType.JSON).body(request + " \n").post(PATH).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "partner-acme", roles = "partner")
    void nulAndUnpairedSurrogatesAreBadRequestProblems() {
        refused(given().contentType(ContentType.JSON).body("{\"content\": \"nul \\u0000 inside\"}"), 400, "NUL");
        refused(given().contentType(ContentType.JSON).body("{\"content\": \"half \\ud800 a pair\"}"), 400, "unpaired surrogate");
        refused(given().contentType("text/plain; charset=UTF-8").body("nul \u0000 inside".getBytes(StandardCharsets.UTF_8)), 400, "NUL");
    }

    @Test
    @TestSecurity(user = "partner-acme", roles = "partner")
    void binaryContentIsRefusedWith422() {
        byte[] noise = new byte[3000];
        new Random(9).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (i % 4 == 0 ? 1 + (noise[i] & 0x0F) % 8 : 'a' + (noise[i] & 0x7F) % 26);
        }
        refused(given().contentType("text/plain; charset=UTF-8").body(noise), 422, "content is binary, not text");
        String escaped = "\\u0001\\u0002\\u0003 ".repeat(50);
        refused(given().contentType(ContentType.JSON).body("{\"content\": \"" + escaped + "\"}"), 422, "control characters");
    }

    private static void refused(RequestSpecification request, int status, String detail) {
        request.post(PATH).then().statusCode(status).contentType("application/problem+json")
                .body("status", is(status)).body("detail", containsString(detail)).body("requestId", notNullValue());
    }

    @Test
    @TestSecurity(user = "partner-acme", roles = "partner")
    void unsupportedTypesAreRefused() {
        given().contentType(ContentType.JSON).body("{\"content\": \"x\", \"contentType\": \"application/pdf\"}").post(PATH)
                .then().statusCode(415).contentType("application/problem+json").body("status", is(415));
        given().contentType(ContentType.XML).body("<a/>").post(PATH)
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "partner-acme", roles = "partner")
    void contentOverTheLimitIsTooLarge() {
        given().contentType(ContentType.TEXT).body("a".repeat(2 * 1024 * 1024 + 1)).post(PATH)
                .then().statusCode(413).contentType("application/problem+json").body("status", is(413));
    }

    @Test
    void withoutATokenTheAnswerIsUnauthorized() {
        given().contentType(ContentType.TEXT).body(ARTICLE).post(PATH)
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    @TestSecurity(user = "reader-acme", roles = "reader")
    void aReaderIsForbidden() {
        given().contentType(ContentType.TEXT).body(ARTICLE).post(PATH)
                .then().statusCode(403).contentType("application/problem+json").body("status", is(403));
    }
}
