package io.newsroom.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.ClientWebApplicationException;

import java.io.IOException;
import java.util.Optional;

/** What a backend said when it refused: the detail of its problem document, or Keycloak's error message. */
public final class BackendRefusal {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] FIELDS = {"detail", "errorMessage", "error_description", "error", "title"};
    private static final int LONGEST = 500;

    private BackendRefusal() {
    }

    /** The refusal's reason: the backend's own words for an answer it gave, else the exception's message. */
    public static String of(WebApplicationException e) {
        if (e instanceof ClientWebApplicationException) {
            return reason(e.getResponse()).orElse("backend answered " + e.getResponse().getStatus());
        }
        return e.getMessage();
    }

    public static Optional<String> reason(Response response) {
        try {
            if (!response.hasEntity()) {
                return Optional.empty();
            }
            String body = response.readEntity(String.class);
            if (body == null || body.isBlank()) {
                return Optional.empty();
            }
            JsonNode document = JSON.readTree(body);
            for (String field : FIELDS) {
                JsonNode value = document.path(field);
                if (value.isTextual() && !value.asText().isBlank()) {
                    String text = value.asText();
                    return Optional.of(text.length() > LONGEST ? text.substring(0, LONGEST) + "..." : text);
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // not JSON, or the body is gone: the status alone is reported
            return Optional.empty();
        }
    }
}
