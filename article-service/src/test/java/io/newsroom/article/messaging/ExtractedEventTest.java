package io.newsroom.article.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExtractedEventTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String DOCUMENT = "{ \"text\": \"Mayor Ingrid Solberg said \\\"yes\\\".\",\n  \"entities\": [{\"name\": \"Ingrid Solberg\"}] }";

    @Test
    void keepsTheExtractionDocumentsOwnCharactersAndItsTree() throws Exception {
        String payload = "{\"schemaVersion\":1, \"eventId\":\"7f0c3b0e-8d9b-4c43-9e0e-0f6f7c1d2a11\","
                + "\"articleId\":\"0b1f0c5e-3a4d-4e7b-9a55-1e2d3c4b5a69\", \"tenant\":\"acme\", \"extractorVersion\":\"1.0.0\","
                + " \"extraction\": " + DOCUMENT + ", \"durationMs\": 3, \"requestId\": \"req-7\"}";
        ExtractedEvent event = ExtractedEvent.read(MAPPER, payload);
        assertEquals(DOCUMENT, event.extractionJson());
        assertEquals(MAPPER.readTree(DOCUMENT), event.extraction());
        assertEquals("Ingrid Solberg", event.extraction().at("/entities/0/name").asText());
        assertEquals(3L, event.durationMs());
        assertEquals("req-7", event.requestId());
    }

    @Test
    void refusesWhatIsNotAnEventObject() {
        assertThrows(InvalidEventException.class, () -> ExtractedEvent.read(MAPPER, "[1, 2]"));
        assertThrows(InvalidEventException.class, () -> ExtractedEvent.read(MAPPER, "{\"schemaVersion\": 1, \"extraction\": {"));
        assertThrows(InvalidEventException.class, () -> ExtractedEvent.read(MAPPER, null));
        assertThrows(InvalidEventException.class, () -> ExtractedEvent.read(MAPPER, "{\"schemaVersion\": 1, \"extraction\": \"text\", "
                + "\"eventId\":\"7f0c3b0e-8d9b-4c43-9e0e-0f6f7c1d2a11\", \"articleId\":\"0b1f0c5e-3a4d-4e7b-9a55-1e2d3c4b5a69\","
                + " \"tenant\":\"acme\", \"extractorVersion\":\"1.0.0\"}"));
    }
}
