package io.newsroom.extraction.engine.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.extraction.engine.model.ArticleMetadata;
import io.newsroom.extraction.engine.model.DateMention;
import io.newsroom.extraction.engine.model.DurationMention;
import io.newsroom.extraction.engine.model.Entity;
import io.newsroom.extraction.engine.model.EntityType;
import io.newsroom.extraction.engine.model.ExtractionDocument;
import io.newsroom.extraction.engine.model.Mention;
import io.newsroom.extraction.engine.model.Quantity;
import io.newsroom.extraction.engine.model.Quote;
import io.newsroom.extraction.engine.model.SourceCitation;
import io.newsroom.extraction.engine.model.StageWarning;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractionDocumentWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static ExtractionDocument sample(String text) {
        Entity mayor = new Entity("e1", EntityType.PERSON, "Lena Ortiz");
        mayor.aliases().add("Ortiz");
        mayor.roles().add("Mayor of Riverton");
        mayor.mentions().add(new Mention(0, 10, "Lena Ortiz"));
        Entity wire = new Entity("e2", EntityType.ORGANIZATION, "Coastal Wire");
        return new ExtractionDocument("riverton.txt", "1.0.0",
                new ArticleMetadata("Bridge reopens", null, "CITY", null, "2024-03-05T10:15", "en"), text,
                List.of("Latest news"), List.of(mayor, wire),
                List.of(new Quote("We are back", "Lena Ortiz", "e1", "Coastal Wire", true, "said", 12, 23)),
                List.of(new SourceCitation("Coastal Wire", "e2", List.of(new Mention(30, 45, "per Coastal Wire")))),
                List.of(new DateMention("Tuesday", "2024-03-05", "DATE", 50, 57)),
                List.of(new DurationMention("three years", "P3Y", 95, 106)),
                List.of(new Quantity("1,000 commuters", 1000, "commuters", 60, 75),
                        new Quantity("2.5 percent", 2.5, "percent", 80, 91)),
                List.of("bridge", "commuters"), List.of("Lena Ortiz said the bridge reopens."),
                List.of("quotes"), List.of(new StageWarning("QuoteAttributor", "IllegalStateException: example")));
    }

    @Test
    void writesTheDocumentShapeOfTheDesign() throws Exception {
        JsonNode json = MAPPER.readTree(ExtractionDocumentWriter.toJson(sample("Lena Ortiz said ...")));
        List<String> members = new ArrayList<>();
        json.fieldNames().forEachRemaining(members::add);
        assertEquals(List.of("document", "extractorVersion", "metadata", "text", "boilerplate", "entities", "quotes",
                "sources", "dates", "durations", "quantities", "keywords", "summary", "stagesSkipped", "warnings"), members);
        assertEquals("Bridge reopens", json.at("/metadata/title").asText());
        assertTrue(json.at("/metadata/subtitle").isNull());
        assertTrue(json.at("/metadata/byline").isNull());
        assertEquals("en", json.at("/metadata/language").asText());
        assertEquals("PERSON", json.at("/entities/0/type").asText());
        assertEquals("Ortiz", json.at("/entities/0/aliases/0").asText());
        assertEquals("Mayor of Riverton", json.at("/entities/0/roles/0").asText());
        assertEquals(10, json.at("/entities/0/mentions/0/end").asInt());
        assertEquals(0, json.at("/entities/1/mentions").size());
        assertEquals("e1", json.at("/quotes/0/speakerId").asText());
        assertTrue(json.at("/quotes/0/direct").asBoolean());
        assertEquals("Coastal Wire", json.at("/quotes/0/via").asText());
        assertEquals("per Coastal Wire", json.at("/sources/0/mentions/0/text").asText());
        assertEquals("e2", json.at("/sources/0/entityId").asText());
        assertEquals("DATE", json.at("/dates/0/type").asText());
        assertEquals(57, json.at("/dates/0/end").asInt());
        assertTrue(json.at("/quantities/0/value").isIntegralNumber());
        assertEquals(1000, json.at("/quantities/0/value").asInt());
        assertEquals(2.5, json.at("/quantities/1/value").asDouble());
        assertEquals("commuters", json.at("/quantities/0/unit").asText());
        assertEquals("bridge", json.at("/keywords/0").asText());
        assertEquals(1, json.at("/summary").size());
        assertEquals("P3Y", json.at("/durations/0/value").asText());
        assertEquals(106, json.at("/durations/0/end").asInt());
        assertEquals("quotes", json.at("/stagesSkipped/0").asText());
        assertEquals("QuoteAttributor", json.at("/warnings/0/stage").asText());
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() throws Exception {
        String text = "He said \"no\" \\ then\n\ttab\r\u0001\u001f\b\f end \u2028";
        String json = ExtractionDocumentWriter.toJson(sample(text));
        assertTrue(json.contains("He said \\\"no\\\" \\\\ then\\n\\ttab\\r\\u0001\\u001f\\b\\f end \\u2028"), json);
        assertFalse(json.chars().anyMatch(c -> c < 0x20), "no raw control character in the output");
        assertEquals(text, MAPPER.readTree(json).get("text").asText());
    }

    @Test
    void replacesLoneSurrogatesAndKeepsPairs() throws Exception {
        String text = "a\uD83D\uDE00b\uD800c\uDC00d\uD83D";
        JsonNode json = MAPPER.readTree(ExtractionDocumentWriter.toJson(sample(text)));
        assertEquals("a\uD83D\uDE00b\uFFFDc\uFFFDd\uFFFD", json.get("text").asText());
        assertEquals(text.length(), json.get("text").asText().length(), "offsets into the text stay valid");
    }

    @Test
    void writesNumbersWithoutNeedlessFractions() throws Exception {
        StringBuilder out = new StringBuilder();
        try (JsonGenerator json = DocumentJsonGenerator.over(out)) {
            json.writeStartArray();
            for (double value : new double[] {5e9, -3.0, 0.25, Double.NaN, Double.POSITIVE_INFINITY, 1e20}) {
                json.writeNumber(value);
            }
            json.writeEndArray();
        }
        assertEquals("[5000000000,-3,0.25,null,null,1.0E20]", out.toString());
    }

    @Test
    void writesEveryMemberOnOneLineWithTheEscapesOfTheDesign() {
        String json = ExtractionDocumentWriter.toJson(sample("Tab\there\u2029 caf\u00e9 \uD83D\uDE00 <b>&</b> / end"));
        assertTrue(json.startsWith("{\"document\":\"riverton.txt\",\"extractorVersion\":\"1.0.0\",\"metadata\":"
                + "{\"title\":\"Bridge reopens\",\"subtitle\":null,\"section\":\"CITY\",\"byline\":null,"), json);
        assertTrue(json.contains("\"text\":\"Tab\\there\\u2029 caf\u00e9 \uD83D\uDE00 <b>&</b> / end\""), json);
        assertTrue(json.contains("\"quantities\":[{\"text\":\"1,000 commuters\",\"value\":1000,\"unit\":\"commuters\"},"
                + "{\"text\":\"2.5 percent\",\"value\":2.5,\"unit\":\"percent\"}]"), json);
        assertTrue(json.endsWith("\"warnings\":[{\"stage\":\"QuoteAttributor\",\"message\":\"IllegalStateException: example\"}]}"),
                json);
        assertFalse(json.contains("\n"));
    }

    @Test
    void leavesStringsWithoutLoneSurrogatesAsTheyAre() {
        String plain = "caf\u00e9 \uD83D\uDE00";
        assertSame(plain, DocumentJsonGenerator.withoutLoneSurrogates(plain));
        assertEquals("\uFFFD\uD83D\uDE00\uFFFD", DocumentJsonGenerator.withoutLoneSurrogates("\uDE00\uD83D\uDE00\uD83D"));
    }
}
