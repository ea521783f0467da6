package io.newsroom.gateway.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.RawString;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * An extraction's clean text as HTML with its people, organisations, places, quotes and dates marked where the
 * document's offsets put them. Everything from the document is escaped; marks that overlap without nesting (a date
 * running out of a quote) are closed and opened again, so the markup always nests.
 */
public final class HighlightedText {

    /** One stretch of text to mark: [start, end) in the text, its kind (the CSS class) and what a tooltip says. */
    public record Highlight(int start, int end, String kind, String title, String attribute, String value) {
    }

    private static final Comparator<Highlight> OUTER_FIRST = Comparator.comparingInt(Highlight::start)
            .thenComparing(Comparator.comparingInt(Highlight::end).reversed())
            .thenComparing(Highlight::kind);

    private HighlightedText() {
    }

    /** The marks of an extraction document: entity mentions by type, quotes (numbered as listed) and dates. */
    static List<Highlight> of(JsonNode document) {
        List<Highlight> marks = new ArrayList<>();
        for (JsonNode entity : document.path("entities")) {
            String kind = entity.path("type").asText("").toLowerCase(Locale.ROOT);
            String name = entity.path("name").asText("");
            for (JsonNode mention : entity.path("mentions")) {
                add(marks, mention, kind, name + " (" + entity.path("type").asText("") + ")", "data-entity",
                        entity.path("id").asText(""));
            }
        }
        int index = 0;
        for (JsonNode quote : document.path("quotes")) {
            String via = quote.path("via").asText("");
            add(marks, quote, "quote", quote.path("speaker").asText("unattributed") + (via.isEmpty() ? "" : ", via " + via),
                    "data-quote", Integer.toString(index++));
        }
        for (JsonNode date : document.path("dates")) {
            add(marks, date, "date", date.path("value").asText("no value"), "data-date", date.path("value").asText(""));
        }
        return marks;
    }

    private static void add(List<Highlight> marks, JsonNode span, String kind, String title, String attribute, String value) {
        if (span.path("start").isInt() && span.path("end").isInt()) {
            marks.add(new Highlight(span.path("start").asInt(), span.path("end").asInt(), kind, title, attribute, value));
        }
    }

    /** The text as HTML with the marks; a mark outside the text or empty is left out. */
    static RawString render(String text, List<Highlight> highlights) {
        List<Highlight> marks = highlights.stream()
                .filter(h -> h.start() >= 0 && h.end() <= text.length() && h.start() < h.end())
                .sorted(OUTER_FIRST).toList();
        TreeSet<Integer> bounds = new TreeSet<>(List.of(0, text.length()));
        marks.forEach(h -> {
            bounds.add(h.start());
            bounds.add(h.end());
        });
        StringBuilder html = new StringBuilder(text.length() * 2);
        List<Highlight> open = new ArrayList<>();
        Integer from = bounds.first();
        for (Integer to = bounds.higher(from); to != null; from = to, to = bounds.higher(to)) {
            int segmentStart = from;
            int segmentEnd = to;
            List<Highlight> covering = marks.stream().filter(h -> h.start() <= segmentStart && h.end() >= segmentEnd).toList();
            int kept = 0;
            while (kept < open.size() && kept < covering.size() && open.get(kept).equals(covering.get(kept))) {
                kept++;
            }
            while (open.size() > kept) {
                open.removeLast();
                html.append("</mark>");
            }
            for (Highlight mark : covering.subList(kept, covering.size())) {
                html.append("<mark class=\"").append(escape(mark.kind())).append("\" ").append(mark.attribute()).append("=\"")
                        .append(escape(mark.value())).append("\" title=\"").append(escape(mark.title())).append("\">");
                open.add(mark);
            }
            html.append(escape(text.substring(segmentStart, segmentEnd)));
        }
        html.append("</mark>".repeat(open.size()));
        return new RawString(html.toString());
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
