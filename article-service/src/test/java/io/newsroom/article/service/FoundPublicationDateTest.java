package io.newsroom.article.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FoundPublicationDateTest {

    @Test
    void readsTheEnginesThreeForms() {
        assertEquals(Instant.parse("2025-05-20T00:00:00Z"), FoundPublicationDate.parse("2025-05-20"));
        assertEquals(Instant.parse("2025-05-20T00:02:00Z"), FoundPublicationDate.parse("2025-05-20T00:02"));
        assertEquals(Instant.parse("2025-05-20T00:02:30Z"), FoundPublicationDate.parse("2025-05-20T00:02:30"));
        assertEquals(Instant.parse("2019-11-18T15:30:00Z"), FoundPublicationDate.parse("2019-11-18T10:30-05:00"));
        assertEquals(Instant.parse("2019-11-18T15:30:00Z"), FoundPublicationDate.parse("2019-11-18T10:30-0500"));
        assertEquals(Instant.parse("2019-11-18T08:30:00Z"), FoundPublicationDate.parse("2019-11-18T10:30+02"));
        assertEquals(Instant.parse("2019-11-18T10:30:00Z"), FoundPublicationDate.parse("2019-11-18T10:30Z"));
    }

    @Test
    void anythingElseIsNoDate() {
        for (String value : new String[] {null, "", "yesterday", "2025-02-30", "2025-13-01T00:00", "2025-05", "2025",
                "2025-05-20 00:02", "2025-05-20T25:00"}) {
            assertNull(FoundPublicationDate.parse(value), String.valueOf(value));
        }
    }

    @Test
    void readsTheDocumentsMetadata() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        assertEquals(Instant.parse("2024-03-04T09:30:00Z"),
                FoundPublicationDate.of(mapper.readTree("{\"metadata\": {\"published\": \"2024-03-04T09:30\"}}")));
        assertNull(FoundPublicationDate.of(mapper.readTree("{\"metadata\": {\"published\": null}}")));
        assertNull(FoundPublicationDate.of(mapper.readTree("{\"metadata\": {}}")));
        assertNull(FoundPublicationDate.of(mapper.readTree("{}")));
        assertNull(FoundPublicationDate.of(null));
    }
}
