package io.newsroom.extraction.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final StringWriter out = new StringWriter();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final ExtractCommand command = new ExtractCommand(out,
            new PrintStream(errBytes, true, StandardCharsets.UTF_8));

    private List<JsonNode> documents() throws Exception {
        List<JsonNode> result = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isEmpty()) {
                result.add(MAPPER.readTree(line));
            }
        }
        return result;
    }

    @Test
    void readsEveryFileOfAFolderInOrderWithTheirNamesAndTypes(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("b-story.html"), "<html><body><p>The harbour reopened.</p></body></html>");
        Files.writeString(folder.resolve("a-story.txt"), "The harbour reopened on Monday.");
        Files.createDirectory(folder.resolve("nested"));

        assertEquals(0, command.run(new String[] {"--published", "2024-06-04", folder.toString()}));

        List<JsonNode> documents = documents();
        assertEquals(2, documents.size());
        assertEquals("a-story.txt", documents.get(0).get("document").asText());
        assertEquals("b-story.html", documents.get(1).get("document").asText());
        assertTrue(documents.get(1).get("text").asText().contains("The harbour reopened."));
        assertTrue(!documents.get(1).get("text").asText().contains("<p>"), "HTML was read as HTML");
    }

    @Test
    void givesEachBadRequestLineAnErrorLineOfItsOwnAndGoesOn(@TempDir Path folder) throws Exception {
        Path requests = folder.resolve("requests.jsonl");
        Files.writeString(requests, """
                {"document":"first","content":"Ships left port.","contentType":"text/plain","published":"2024-01-02"}
                {"document":"broken","content":
                {"document":"no-content"}

                {"content":"A request with no name."}
                {"document":"typed","content":42}
                [1,2]
                {"document":"last","content":"Line two \\u00e9t\\u00e9 \\"quoted\\".","extra":{"nested":[1,2]}}
                """);

        assertEquals(1, command.run(new String[] {"--requests", requests.toString()}));

        List<JsonNode> lines = documents();
        assertEquals(8, lines.size(), "one output line per input line");
        assertEquals("first", lines.get(0).get("document").asText());
        assertTrue(lines.get(0).has("text"));
        assertError(lines.get(1), "broken", "not well-formed JSON");
        assertError(lines.get(2), "no-content", "no content");
        assertError(lines.get(3), null, "empty line");
        assertError(lines.get(4), null, "no document");
        assertError(lines.get(5), "typed", "content must be a string, not a number");
        assertError(lines.get(6), null, "must be a JSON object");
        assertEquals("last", lines.get(7).get("document").asText());
        assertEquals("Line two \u00e9t\u00e9 \"quoted\".", lines.get(7).get("text").asText());
        String err = errBytes.toString(StandardCharsets.UTF_8);
        assertTrue(err.contains(":2: ") && err.contains(":6: "), err);
    }

    @Test
    void refusesALineOfInvalidUtf8AndReadsTheLinesAfterIt(@TempDir Path folder) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"document\":\"a\",\"content\":\"Crews cleared the road.\"}\r\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"document\":\"b\",\"content\":\"caf".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        bytes.writeBytes("\"}\n{\"document\":\"c\",\"content\":\"The ferry ran late.\"}".getBytes(StandardCharsets.UTF_8));
        Path requests = folder.resolve("requests.jsonl");
        Files.write(requests, bytes.toByteArray());

        assertEquals(1, command.run(new String[] {"--requests", requests.toString()}));

        List<JsonNode> lines = documents();
        assertEquals(3, lines.size());
        assertEquals("Crews cleared the road.", lines.get(0).get("text").asText());
        assertError(lines.get(1), null, "not valid UTF-8 (malformed byte sequence at byte 30)");
        assertEquals("The ferry ran late.", lines.get(2).get("text").asText());
    }

    @Test
    void refusesBinaryContentWithAnErrorLine(@TempDir Path folder) throws Exception {
        Path requests = folder.resolve("requests.jsonl");
        Files.writeString(requests, """
                {"document":"image","content":"PNG\\u0000\\u0001\\u0002 data"}
                {"document":"story","content":"The council met on Monday."}
                """);
        byte[] zip = new byte[4096];
        new Random(7).nextBytes(zip);
        Files.write(folder.resolve("archive.txt"), zip);

        assertEquals(1, command.run(new String[] {"--requests", requests.toString(), folder.resolve("archive.txt").toString()}));

        List<JsonNode> lines = documents();
        assertEquals(3, lines.size());
        assertError(lines.get(0), "archive.txt", "binary");
        assertError(lines.get(1), "image", "NUL character");
        assertEquals("story", lines.get(2).get("document").asText());
    }

    private static void assertError(JsonNode line, String document, String message) {
        assertEquals(List.of("document", "error"), fieldNames(line), line.toString());
        if (document == null) {
            assertTrue(line.get("document").isNull(), line.toString());
        } else {
            assertEquals(document, line.get("document").asText());
        }
        assertTrue(line.get("error").asText().contains(message), line.toString());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void refusesToRunWithoutInput() throws Exception {
        assertEquals(2, command.run(new String[0]));
        assertEquals(2, command.run(new String[] {"--published"}));
        assertTrue(errBytes.toString(StandardCharsets.UTF_8).contains("usage"));
    }
}
