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
    void reportsABadRequestLineAndGoesOn(@TempDir Path folder) throws Exception {
        Path requests = folder.resolve("requests.jsonl");
        Files.writeString(requests, """
                {"document":"first","content":"Ships left port.","contentType":"text/plain","published":"2024-01-02"}
                {"document":"broken","content":
                {"document":"no-content"}

                {"content":"Line two \\u00e9t\\u00e9 \\"quoted\\".","extra":{"nested":[1,2]}}
                """);

        assertEquals(1, command.run(new String[] {"--requests", requests.toString()}));

        List<JsonNode> documents = documents();
        assertEquals(2, documents.size());
        assertEquals("first", documents.get(0).get("document").asText());
        assertEquals(requests + ":5", documents.get(1).get("document").asText());
        assertEquals("Line two \u00e9t\u00e9 \"quoted\".", documents.get(1).get("text").asText());
        String err = errBytes.toString(StandardCharsets.UTF_8);
        assertTrue(err.contains(":2: "), err);
        assertTrue(err.contains(":3: ") && err.contains("no content"), err);
    }

    @Test
    void refusesToRunWithoutInput() throws Exception {
        assertEquals(2, command.run(new String[0]));
        assertEquals(2, command.run(new String[] {"--published"}));
        assertTrue(errBytes.toString(StandardCharsets.UTF_8).contains("usage"));
    }
}
