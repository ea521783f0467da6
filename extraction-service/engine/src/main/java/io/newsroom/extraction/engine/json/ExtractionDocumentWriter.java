package io.newsroom.extraction.engine.json;

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

import java.util.List;

/** Writes an extraction document as the JSON object of DESIGN.md, on one line, members in the documented order. */
public final class ExtractionDocumentWriter {

    private ExtractionDocumentWriter() {
    }

    public static String toJson(ExtractionDocument document) {
        StringBuilder out = new StringBuilder(document.text().length() * 2 + 1024);
        write(document, out);
        return out.toString();
    }

    public static void write(ExtractionDocument document, StringBuilder target) {
        JsonOutput json = new JsonOutput(target);
        json.beginObject()
                .member("document", document.document())
                .member("extractorVersion", document.extractorVersion());
        writeMetadata(json, document.metadata());
        json.member("text", document.text())
                .stringArray("boilerplate", document.boilerplate());
        writeEntities(json, document.entities());
        writeQuotes(json, document.quotes());
        writeSources(json, document.sources());
        writeDates(json, document.dates());
        writeDurations(json, document.durations());
        writeQuantities(json, document.quantities());
        json.stringArray("keywords", document.keywords())
                .stringArray("summary", document.summary())
                .stringArray("stagesSkipped", document.stagesSkipped());
        writeWarnings(json, document.warnings());
        json.endObject();
    }

    private static void writeMetadata(JsonOutput json, ArticleMetadata metadata) {
        json.name("metadata").beginObject()
                .member("title", metadata.title())
                .member("subtitle", metadata.subtitle())
                .member("section", metadata.section())
                .member("byline", metadata.byline())
                .member("published", metadata.published())
                .member("language", metadata.language())
                .endObject();
    }

    private static void writeEntities(JsonOutput json, List<Entity> entities) {
        json.name("entities").beginArray();
        for (Entity entity : entities) {
            json.beginObject()
                    .member("id", entity.id())
                    .member("type", entity.type().name())
                    .member("name", entity.name())
                    .stringArray("aliases", entity.aliases())
                    .stringArray("roles", entity.roles());
            writeMentions(json, entity.mentions());
            json.endObject();
        }
        json.endArray();
    }

    private static void writeMentions(JsonOutput json, List<Mention> mentions) {
        json.name("mentions").beginArray();
        for (Mention mention : mentions) {
            json.beginObject()
                    .member("start", mention.start())
                    .member("end", mention.end())
                    .member("text", mention.text())
                    .endObject();
        }
        json.endArray();
    }

    private static void writeQuotes(JsonOutput json, List<Quote> quotes) {
        json.name("quotes").beginArray();
        for (Quote quote : quotes) {
            json.beginObject()
                    .member("text", quote.text())
                    .member("speaker", quote.speaker())
                    .member("speakerId", quote.speakerId())
                    .member("via", quote.via())
                    .name("direct").value(quote.direct())
                    .member("cue", quote.cue())
                    .member("start", quote.start())
                    .member("end", quote.end());
            if (quote.continues() != null) {
                json.member("continues", quote.continues());
            }
            json.endObject();
        }
        json.endArray();
    }

    private static void writeSources(JsonOutput json, List<SourceCitation> sources) {
        json.name("sources").beginArray();
        for (SourceCitation source : sources) {
            json.beginObject()
                    .member("name", source.name())
                    .member("entityId", source.entityId());
            writeMentions(json, source.mentions());
            json.endObject();
        }
        json.endArray();
    }

    private static void writeDates(JsonOutput json, List<DateMention> dates) {
        json.name("dates").beginArray();
        for (DateMention date : dates) {
            json.beginObject()
                    .member("text", date.text())
                    .member("value", date.value())
                    .member("type", date.type())
                    .member("start", date.start())
                    .member("end", date.end())
                    .endObject();
        }
        json.endArray();
    }

    private static void writeDurations(JsonOutput json, List<DurationMention> durations) {
        json.name("durations").beginArray();
        for (DurationMention duration : durations) {
            json.beginObject()
                    .member("text", duration.text())
                    .member("value", duration.value())
                    .member("start", duration.start())
                    .member("end", duration.end())
                    .endObject();
        }
        json.endArray();
    }

    private static void writeWarnings(JsonOutput json, List<StageWarning> warnings) {
        json.name("warnings").beginArray();
        for (StageWarning warning : warnings) {
            json.beginObject()
                    .member("stage", warning.stage())
                    .member("message", warning.message())
                    .endObject();
        }
        json.endArray();
    }

    private static void writeQuantities(JsonOutput json, List<Quantity> quantities) {
        json.name("quantities").beginArray();
        for (Quantity quantity : quantities) {
            json.beginObject()
                    .member("text", quantity.text())
                    .name("value").value(quantity.value())
                    .member("unit", quantity.unit())
                    .endObject();
        }
        json.endArray();
    }
}
