package io.newsroom.e2e.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.http.HttpHeaders;

/** One HTTP answer of the suite, with the checks every scenario makes on it. */
public record ApiResponse(int status, HttpHeaders headers, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String PROBLEM_JSON = "application/problem+json";

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public String contentType() {
        String type = header("Content-Type");
        return type == null ? "" : type;
    }

    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("HTTP " + status + " body is not JSON: " + abbreviated(), e);
        }
    }

    /** RFC 9457 with the suite's request id: the only acceptable shape of a refusal. */
    public boolean isProblem() {
        if (!contentType().startsWith(PROBLEM_JSON)) {
            return false;
        }
        try {
            JsonNode problem = JSON.readTree(body);
            return problem.hasNonNull("type") && problem.hasNonNull("title") && problem.path("status").asInt() == status
                    && problem.has("detail") && problem.has("instance") && problem.hasNonNull("requestId");
        } catch (IOException e) {
            return false;
        }
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public String abbreviated() {
        String text = body == null ? "" : body;
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }

    @Override
    public String toString() {
        return "HTTP " + status + " " + contentType() + " " + abbreviated();
    }
}
