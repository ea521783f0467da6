package io.newsroom.article;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.UUID;

/** Submission bodies written for the tests: short made-up news items, unique per call. */
public final class Submissions {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Submissions() {
    }

    public static String uniqueText() {
        return "Harbour officials said on Tuesday that the ferry timetable will change in spring. Ref "
                + UUID.randomUUID() + ".";
    }

    public static ObjectNode plain(String content) {
        return MAPPER.createObjectNode().put("content", content).put("contentType", "text/plain");
    }

    public static ObjectNode plain() {
        return plain(uniqueText());
    }
}
