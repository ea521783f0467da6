package io.newsroom.article.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.article.ContentType;
import io.newsroom.article.service.ArticleProblem;
import io.newsroom.article.service.ArticleSubmission;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubmissionReaderTest {

    private final SubmissionReader reader = new SubmissionReader(new ObjectMapper(), 64);

    @Test
    void readsAllFields() {
        ArticleSubmission submission = read("""
                {"content":"<p>Ferry news</p>","contentType":"text/html; charset=utf-8","externalId":" ext-1 ",
                 "sourceUrl":"https://news.example.org/a","publishedAt":"2025-05-20T00:02"}""");
        assertEquals("<p>Ferry news</p>", submission.content());
        assertEquals(ContentType.TEXT_HTML, submission.contentType());
        assertEquals("ext-1", submission.externalId());
        assertEquals(Instant.parse("2025-05-20T00:02:00Z"), submission.publishedAt());
    }

    @Test
    void acceptsDatesWithOffsetsAndPlainDates() {
        assertEquals(Instant.parse("2025-05-19T16:02:00Z"), read(withDate("2025-05-20T00:02:00+08:00")).publishedAt());
        assertEquals(Instant.parse("2025-05-20T00:00:00Z"), read(withDate("2025-05-20")).publishedAt());
        assertNull(read("{\"content\":\"x\",\"contentType\":\"text/plain\",\"publishedAt\":null}").publishedAt());
    }

    @Test
    void limitCountsUtf8Bytes() {
        String twoByteChars = "é".repeat(33);
        ArticleProblem problem = refused("{\"content\":\"" + twoByteChars + "\",\"contentType\":\"text/plain\"}");
        assertEquals(413, problem.status());
        assertTrue(problem.getMessage().contains("66 bytes"), problem.getMessage());
        assertEquals(twoByteChars.substring(1), read("{\"content\":\"" + twoByteChars.substring(1) + "\",\"contentType\":\"text/plain\"}").content());
    }

    @Test
    void namesThePositionOfMalformedJsonAndUtf8() {
        assertTrue(refused("{\n\"content\": tru}").getMessage().contains("line 2"));
        byte[] body = "{\"content\":\"ab\",\"contentType\":\"text/plain\"}".getBytes(StandardCharsets.UTF_8);
        body[12] = (byte) 0xFF;
        ArticleProblem problem = assertThrows(ArticleProblem.class, () -> reader.read(body));
        assertEquals(400, problem.status());
        assertTrue(problem.getMessage().contains("byte 12"), problem.getMessage());
    }

    @Test
    void refusesWrongTypesAndBlankOptionalFields() {
        assertEquals(400, refused("{\"content\":\"x\",\"contentType\":\"text/plain\",\"externalId\":\" \"}").status());
        assertEquals(400, refused("{\"content\":\"x\",\"contentType\":\"text/plain\",\"externalId\":7}").status());
        assertEquals(400, refused("{\"content\":\"x\",\"contentType\":[\"text/plain\"]}").status());
        assertEquals(415, refused("{\"content\":\"x\",\"contentType\":\"application/pdf\"}").status());
    }

    private static String withDate(String date) {
        return "{\"content\":\"x\",\"contentType\":\"text/plain\",\"publishedAt\":\"" + date + "\"}";
    }

    @Test
    void refusesBinaryContentAs422() {
        StringBuilder escaped = new StringBuilder();
        Random random = new Random(11);
        for (int i = 0; i < 40; i++) {
            int c = random.nextInt(4) == 0 ? 1 + random.nextInt(0x1F) : 'a' + random.nextInt(26);
            escaped.append(String.format("\\u%04x", c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C ? 0x01 : c));
        }
        ArticleProblem problem = refused("{\"content\":\"" + escaped + "\",\"contentType\":\"text/plain\"}");
        assertEquals(422, problem.status());
        assertEquals("Binary content", problem.title());
        assertTrue(problem.getMessage().contains("control characters"), problem.getMessage());
    }

    @Test
    void acceptsTextWithLayoutCharactersAndAStrayControl() {
        String content = "Ferry news\\n\\tpage two\\r\\n\\fend \\u001b[0m";
        assertEquals("Ferry news\n\tpage two\r\n\fend \u001b[0m",
                read("{\"content\":\"" + content + "\",\"contentType\":\"text/plain\"}").content());
    }

    private ArticleSubmission read(String json) {
        return reader.read(json.getBytes(StandardCharsets.UTF_8));
    }

    private ArticleProblem refused(String json) {
        return assertThrows(ArticleProblem.class, () -> read(json));
    }
}
