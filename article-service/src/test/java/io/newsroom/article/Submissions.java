package io.newsroom.article;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.security.SecureRandom;
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

    /** Random words from a 62-letter alphabet: lz4 finds nothing to shrink, unlike real news text. */
    public static String incompressibleText(int bytes) {
        String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        SecureRandom random = new SecureRandom();
        StringBuilder text = new StringBuilder(bytes);
        while (text.length() < bytes) {
            text.append(random.nextInt(12) == 0 ? ' ' : letters.charAt(random.nextInt(letters.length())));
        }
        text.setCharAt(0, 'A');
        text.setCharAt(bytes - 1, '.');
        return text.toString();
    }

    public static ObjectNode plain(String content) {
        return MAPPER.createObjectNode().put("content", content).put("contentType", "text/plain");
    }

    public static ObjectNode plain() {
        return plain(uniqueText());
    }
}
