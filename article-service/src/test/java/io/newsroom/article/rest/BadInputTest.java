package io.newsroom.article.rest;

import io.newsroom.article.StoredRows;
import io.newsroom.article.Submissions;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import static io.newsroom.article.rest.ArticleSubmissionTest.ARTICLES;
import static io.newsroom.article.rest.ArticleSubmissionTest.assertProblem;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every refused submission answers with a problem document and stores nothing. */
@QuarkusTest
@TestSecurity(user = "partner-acme", roles = {"partner", "reader"})
@OidcSecurity(claims = @Claim(key = "tenant", value = "acme"))
class BadInputTest {

    @Test
    void contentOverTheLimitIs413() {
        String content = "a".repeat(2 * 1024 * 1024 + 1);
        refused(() -> post(Submissions.plain(content).toString()), 413, "the limit is 2097152 bytes");
    }

    @Test
    void contentAtTheLimitIsAccepted() {
        String ref = Submissions.uniqueText();
        String content = ref + "b".repeat(2 * 1024 * 1024 - ref.length());
        post(Submissions.plain(content).toString()).statusCode(201);
    }

    @Test
    void bodyOverTheTransportLimitIsAProblemToo() {
        String body = Submissions.plain("c".repeat(8 * 1024 * 1024)).toString();
        refused(() -> post(body), 413, "at most 8388608 bytes");
    }

    @Test
    void anArticleOfRareWordsAtTheLimitIsAccepted() {
        post(Submissions.plain(Submissions.incompressibleText(2 * 1024 * 1024)).toString()).statusCode(201);
    }

    @Test
    void missingContentIs400() {
        refused(() -> post("{\"contentType\":\"text/plain\"}"), 400, "content is required");
    }

    @Test
    void blankContentIs400() {
        refused(() -> post(Submissions.plain(" \n\t ").toString()), 400, "content must not be blank");
    }

    @Test
    void nonStringContentIs400() {
        refused(() -> post("{\"content\":42,\"contentType\":\"text/plain\"}"), 400, "content must be a string");
    }

    @Test
    void missingContentTypeIs400() {
        refused(() -> post("{\"content\":\"" + Submissions.uniqueText() + "\"}"), 400, "contentType is required");
    }

    @Test
    void unknownContentTypeIs415() {
        refused(() -> post(Submissions.plain().put("contentType", "text/markdown").toString()), 415, "text/markdown");
    }

    @Test
    void malformedJsonIs400() {
        refused(() -> post("{\"content\": \"unterminated"), 400, "not well-formed JSON");
    }

    @Test
    void trailingGarbageAfterJsonIs400() {
        refused(() -> post(Submissions.plain() + " }"), 400, "not well-formed JSON");
    }

    @Test
    void jsonThatIsNotAnObjectIs400() {
        refused(() -> post("[\"content\"]"), 400, "must be a JSON object");
    }

    @Test
    void emptyBodyIs400() {
        refused(() -> post(""), 400, "body is empty");
    }

    @Test
    void unknownFieldIs400() {
        refused(() -> post(Submissions.plain().put("externalID", "x").toString()), 400, "Unknown field 'externalID'");
    }

    @Test
    void invalidUtf8Is400() {
        byte[] prefix = "{\"content\":\"Caf".getBytes(StandardCharsets.UTF_8);
        byte[] suffix = " news\",\"contentType\":\"text/plain\"}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + 2 + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        body[prefix.length] = (byte) 0xC3;
        body[prefix.length + 1] = (byte) 0x28; // 0xC3 must be followed by a continuation byte
        System.arraycopy(suffix, 0, body, prefix.length + 2, suffix.length);
        StoredRows.Counts before = StoredRows.count();
        assertProblem(given().contentType("application/json").body(body).when().post(ARTICLES).then(), 400, "not valid UTF-8");
        assertEquals(before, StoredRows.count());
    }

    @Test
    void unpairedSurrogateEscapeIs400() {
        refused(() -> post("{\"content\":\"broken \\ud800 text\",\"contentType\":\"text/plain\"}"), 400, "unpaired surrogate");
    }

    @Test
    void nulCharacterIs400() {
        refused(() -> post("{\"content\":\"nul \\u0000 inside\",\"contentType\":\"text/plain\"}"), 400, "NUL");
    }

    @Test
    void binaryContentIs422() {
        StringBuilder content = new StringBuilder(Submissions.uniqueText());
        Random random = new Random(5);
        for (int i = 0; i < 4000; i++) {
            content.append(random.nextInt(3) == 0 ? (char) (0x0E + random.nextInt(0x12)) : (char) ('a' + random.nextInt(26)));
        }
        refused(() -> post(Submissions.plain(content.toString()).toString()), 422, "binary data, not text");
    }

    @Test
    void invalidPublicationDateIs400() {
        refused(() -> post(Submissions.plain().put("publishedAt", "2025-13-45").toString()), 400, "publishedAt '2025-13-45'");
        refused(() -> post(Submissions.plain().put("publishedAt", "yesterday").toString()), 400, "not an ISO 8601 date");
    }

    @Test
    void invalidSourceUrlIs400() {
        refused(() -> post(Submissions.plain().put("sourceUrl", "ftp://example.org/a").toString()), 400, "sourceUrl");
        refused(() -> post(Submissions.plain().put("sourceUrl", "not a url").toString()), 400, "sourceUrl");
    }

    @Test
    void requestBodyThatIsNotJsonIs415() {
        StoredRows.Counts before = StoredRows.count();
        assertProblem(given().contentType(ContentType.TEXT).body(Submissions.uniqueText()).when().post(ARTICLES).then(), 415, "");
        assertEquals(before, StoredRows.count());
    }

    @Test
    void invalidListParametersAre400() {
        assertProblem(given().queryParam("limit", 101).when().get(ARTICLES).then(), 400, "from 1 to 100");
        assertProblem(given().queryParam("limit", "ten").when().get(ARTICLES).then(), 400, "limit");
        assertProblem(given().queryParam("status", "DONE").when().get(ARTICLES).then(), 400, "status 'DONE'");
        assertProblem(given().queryParam("submittedFrom", "2024-02-30").when().get(ARTICLES).then(), 400, "submittedFrom");
        assertProblem(given().queryParam("publishedTo", "soon").when().get(ARTICLES).then(), 400, "publishedTo");
        assertProblem(given().queryParam("cursor", "bm90LWEtY3Vyc29y").when().get(ARTICLES).then(), 400, "cursor");
    }

    @Test
    void controlCharactersAndAbsurdLengthsInFiltersAre400() {
        for (String parameter : List.of("entity", "source", "q", "entityType", "status", "cursor", "submittedFrom")) {
            assertProblem(given().urlEncodingEnabled(false).queryParam(parameter, "Put%00in").when().get(ARTICLES).then(),
                    400, parameter + " contains the control character U+0000");
            assertProblem(given().queryParam(parameter, "Putin\u001b[2J").when().get(ARTICLES).then(), 400, "U+001B");
            assertProblem(given().queryParam(parameter, "Putin".repeat(300)).when().get(ARTICLES).then(), 400,
                    parameter + " is 1500 characters long");
        }
        given().queryParam("entity", "Putin").queryParam("source", "Agence France-Presse").when().get(ARTICLES)
                .then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aControlCharacterInTheTenantIs400() {
        assertProblem(given().urlEncodingEnabled(false).queryParam("tenant", "ac%00me").when().get(ARTICLES).then(), 400,
                "tenant contains");
        refused(() -> given().urlEncodingEnabled(false).queryParam("tenant", "ac%00me").contentType(ContentType.JSON)
                .body(Submissions.plain(Submissions.uniqueText()).toString()).when().post(ARTICLES).then(), 400, "tenant contains");
    }

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post(ARTICLES).then();
    }

    private static void refused(Supplier<ValidatableResponse> request, int status, String detail) {
        StoredRows.Counts before = StoredRows.count();
        assertProblem(request.get(), status, detail);
        assertEquals(before, StoredRows.count(), "a refused request must store nothing");
    }
}
