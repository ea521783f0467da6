package io.newsroom.article.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What a list item shows of the stored extraction: its title, language and first summary line (each null when absent). */
record ExtractionHeadline(String title, String language, String firstSummaryLine) {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ExtractionHeadline NONE = new ExtractionHeadline(null, null, null);

    static ExtractionHeadline of(String extractionJson) {
        if (extractionJson == null) {
            return NONE;
        }
        try {
            JsonNode extraction = MAPPER.readTree(extractionJson);
            JsonNode metadata = extraction.path("metadata");
            return new ExtractionHeadline(text(metadata.path("title")), text(metadata.path("language")),
                    text(extraction.path("summary").path(0)));
        } catch (JsonProcessingException e) {
            return NONE;
        }
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText().strip() : null;
    }
}
