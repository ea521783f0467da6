package io.newsroom.gateway.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.gateway.support.RealmTokens;
import io.newsroom.gateway.support.StubBackends;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the HTTP layer refuses before JAX-RS runs is a problem document too; the requests are sent as raw bytes. */
@QuarkusTest
@WithTestResource(value = StubBackends.class, scope = TestResourceScope.MATCHING_RESOURCES)
class HttpLayerRefusalsTest {

    private static final int MAX_BODY = 16 * 1024 * 1024;

    @TestHTTPResource("/")
    URI root;

    @Test
    void aRequestLineThatDoesNotParseIs400() throws IOException {
        assertProblem(send("GET /admin/v1/partners/' OR '1'='1 HTTP/1.1\r\nHost: localhost\r\n\r\n"), 400);
        assertProblem(send("HELLO\r\n\r\n"), 400);
    }

    @Test
    void aTargetThatIsNotAUriIs400() throws IOException {
        assertProblem(send("GET /admin/v1/partners/{id}<script> HTTP/1.1\r\nHost: localhost\r\n\r\n"), 400);
    }

    @Test
    void anOverlongRequestLineIs414() throws IOException {
        assertProblem(send("GET /admin/v1/partners/" + "x".repeat(5000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n"), 414);
    }

    @Test
    void headersOverTheLimitAre431() throws IOException {
        assertProblem(send("GET /admin/v1/partners HTTP/1.1\r\nHost: localhost\r\nX-Filler: " + "y".repeat(30_000)
                + "\r\n\r\n"), 431);
    }

    @Test
    void aRequestWithoutHostIs400() throws IOException {
        assertProblem(send("POST /admin/v1/partners HTTP/1.1\r\nContent-Length: 0\r\n\r\n"), 400);
    }

    @Test
    void aDeclaredAdminBodyOverTheLimitIs413() throws IOException {
        assertProblem(send("POST /admin/v1/partners HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" + admin()
                + "Content-Length: " + (MAX_BODY + 1) + "\r\n\r\n"), 413);
    }

    @Test
    void aChunkedAdminBodyOverTheLimitIs413() throws IOException {
        byte[] chunk = ("%x\r\n%s\r\n".formatted(64 * 1024, "z".repeat(64 * 1024))).getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /admin/v1/partners HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" + admin()
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            try {
                for (int sent = 0; sent <= MAX_BODY; sent += 64 * 1024) {
                    out.write(chunk);
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            } catch (IOException refusedEarly) {
                // the service may answer before the whole body is sent
            }
            assertProblem(read(socket.getInputStream()), 413);
        }
    }

    private static String admin() {
        return "Authorization: Bearer " + RealmTokens.admin() + "\r\n";
    }

    private static void assertProblem(String answer, int status) throws IOException {
        int end = answer.indexOf("\r\n\r\n");
        assertTrue(end > 0, "no HTTP answer: " + answer);
        String head = answer.substring(0, end).toLowerCase(Locale.ROOT);
        JsonNode body = new ObjectMapper().readTree(answer.substring(end + 4));
        assertAll(answer,
                () -> assertEquals(status, Integer.parseInt(head.split(" ")[1])),
                () -> assertTrue(head.contains("\r\ncontent-type: application/problem+json"), "content type"),
                () -> assertEquals(status, body.path("status").asInt()),
                () -> assertFalse(body.path("title").asText().isBlank(), "title"),
                () -> assertFalse(body.path("detail").asText().isBlank(), "detail"),
                () -> assertNotNull(body.get("requestId"), "requestId"),
                () -> assertFalse(answer.contains("\tat "), "stack trace"));
    }

    private String send(String request) throws IOException {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return read(socket.getInputStream());
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(root.getHost(), root.getPort());
        // a service that never answers fails the test instead of hanging it
        socket.setSoTimeout(60_000);
        return socket;
    }

    // up to the end of the answer's declared body: a connection whose framing is intact stays open
    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        try {
            for (int b; !complete(answer.toString(StandardCharsets.ISO_8859_1)) && (b = in.read()) >= 0; ) {
                answer.write(b);
            }
        } catch (IOException reset) {
            // a reset after the answer has arrived still leaves the answer to check
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    private static boolean complete(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        Matcher length = Pattern.compile("(?i)\r\ncontent-length: *(\\d+)").matcher(answer);
        return end > 0 && length.find() && answer.length() >= end + 4 + Integer.parseInt(length.group(1));
    }
}
