package io.newsroom.extraction.engine.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.newsroom.extraction.engine.model.ArticleMetadata;
import io.newsroom.extraction.engine.model.DateMention;
import io.newsroom.extraction.engine.model.DurationMention;
import io.newsroom.extraction.engine.model.Entity;
import io.newsroom.extraction.engine.model.ExtractionDocument;
import io.newsroom.extraction.engine.model.Mention;
import io.newsroom.extraction.engine.model.Quantity;
import io.newsroom.extraction.engine.model.Quote;
import io.newsroom.extraction.engine.model.SourceCitation;
import io.newsroom.extraction.engine.model.StageWarning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes an extraction document as the JSON object of docs/design.md, on one line, members in the documented order,
 * with {@link DocumentJsonGenerator}.
 */
public final class ExtractionDocumentWriter {

    private ExtractionDocumentWriter() {
    }

    public static String toJson(ExtractionDocument document) {
        StringBuilder out = new StringBuilder(document.text().length() * 2 + 1024);
        write(document, out);
        return out.toString();
    }

    /** Appends the document to {@code target}. */
    public static void write(ExtractionDocument document, StringBuilder target) {
        try (JsonGenerator json = DocumentJsonGenerator.over(target)) {
            write(document, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the document as the next value of {@code json}, e.g. inside an event that embeds it. */
    public static void write(ExtractionDocument document, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("document", document.document());
        json.writeStringField("extractorVersion", document.extractorVersion());
        writeMetadata(json, document.metadata());
        json.writeStringField("text", document.text());
        writeStrings(json, "boilerplate", document.boilerplate());
        writeEntities(json, document.entities());
        writeQuotes(json, document.quotes());
        writeSources(json, document.sources());
        writeDates(json, document.dates());
        writeDurations(json, document.durations());
        writeQuantities(json, document.quantities());
        writeStrings(json, "keywords", document.keywords());
        writeStrings(json, "summary", document.summary());
        writeStrings(json, "stagesSkipped", document.stagesSkipped());
        writeWarnings(json, document.warnings());
        json.writeEndObject();
    }

    private static void writeStrings(JsonGenerator json, String name, Iterable<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void writeMetadata(JsonGenerator json, ArticleMetadata metadata) throws IOException {
        json.writeObjectFieldStart("metadata");
        json.writeStringField("title", metadata.title());
        json.writeStringField("subtitle", metadata.subtitle());
        json.writeStringField("section", metadata.section());
        json.writeStringField("byline", metadata.byline());
        json.writeStringField("published", metadata.published());
        json.writeStringField("language", metadata.language());
        json.writeEndObject();
    }

    private static void writeEntities(JsonGenerator json, List<Entity> entities) throws IOException {
        json.writeArrayFieldStart("entities");
        for (Entity entity : entities) {
            json.writeStartObject();
            json.writeStringField("id", entity.id());
            json.writeStringField("type", entity.type().name());
            json.writeStringField("name", entity.name());
            writeStrings(json, "aliases", entity.aliases());
            writeStrings(json, "roles", entity.roles());
            writeMentions(json, entity.mentions());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeMentions(JsonGenerator json, List<Mention> mentions) throws IOException {
        json.writeArrayFieldStart("mentions");
        for (Mention mention : mentions) {
            json.writeStartObject();
            json.writeNumberField("start", mention.start());
            json.writeNumberField("end", mention.end());
            json.writeStringField("text", mention.text());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeQuotes(JsonGenerator json, List<Quote> quotes) throws IOException {
        json.writeArrayFieldStart("quotes");
        for (Quote quote : quotes) {
            json.writeStartObject();
            json.writeStringField("text", quote.text());
            json.writeStringField("speaker", quote.speaker());
            json.writeStringField("speakerId", quote.speakerId());
            json.writeStringField("via", quote.via());
            json.writeBooleanField("direct", quote.direct());
            json.writeStringField("cue", quote.cue());
            json.writeNumberField("start", quote.start());
            json.writeNumberField("end", quote.end());
            if (quote.continues() != null) {
                json.writeNumberField("continues", quote.continues());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeSources(JsonGenerator json, List<SourceCitation> sources) throws IOException {
        json.writeArrayFieldStart("sources");
        for (SourceCitation source : sources) {
            json.writeStartObject();
            json.writeStringField("name", source.name());
            json.writeStringField("entityId", source.entityId());
            writeMentions(json, source.mentions());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeDates(JsonGenerator json, List<DateMention> dates) throws IOException {
        json.writeArrayFieldStart("dates");
        for (DateMention date : dates) {
            json.writeStartObject();
            json.writeStringField("text", date.text());
            json.writeStringField("value", date.value());
            json.writeStringField("type", date.type());
            json.writeNumberField("start", date.start());
            json.writeNumberField("end", date.end());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeDurations(JsonGenerator json, List<DurationMention> durations) throws IOException {
        json.writeArrayFieldStart("durations");
        for (DurationMention duration : durations) {
            json.writeStartObject();
            json.writeStringField("text", duration.text());
            json.writeStringField("value", duration.value());
            json.writeNumberField("start", duration.start());
            json.writeNumberField("end", duration.end());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeQuantities(JsonGenerator json, List<Quantity> quantities) throws IOException {
        json.writeArrayFieldStart("quantities");
        for (Quantity quantity : quantities) {
            json.writeStartObject();
            json.writeStringField("text", quantity.text());
            json.writeNumberField("value", quantity.value());
            json.writeStringField("unit", quantity.unit());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeWarnings(JsonGenerator json, List<StageWarning> warnings) throws IOException {
        json.writeArrayFieldStart("warnings");
        for (StageWarning warning : warnings) {
            json.writeStartObject();
            json.writeStringField("stage", warning.stage());
            json.writeStringField("message", warning.message());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
