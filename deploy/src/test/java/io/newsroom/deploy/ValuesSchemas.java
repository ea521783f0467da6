package io.newsroom.deploy;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The charts' values.schema.json, made from one source: newsroom-lib/values.schema.base.json (what every service
 * chart accepts) merged with each chart's values.schema.part.json; the umbrella's `global` is the base's. The README's
 * values table is made from the same schemas' descriptions, with the defaults read from the charts' values.yaml.
 */
final class ValuesSchemas {

    static final String BASE = "newsroom-lib/values.schema.base.json";
    static final String PART = "values.schema.part.json";
    static final String SCHEMA = "values.schema.json";
    static final String README = "README.md";
    static final String TABLE_START = "<!-- values table: made by ValuesSchemas from the schemas' descriptions and values.yaml; do not edit -->";
    static final String TABLE_END = "<!-- end of the values table -->";
    static final String REGENERATE = "mvn -pl deploy test -Dtest=ValuesSchemasTest -Dschemas.write=true";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private final Path charts;
    private final ObjectNode base;

    ValuesSchemas(Path charts) {
        this.charts = charts;
        this.base = (ObjectNode) read(charts.resolve(BASE));
    }

    /** Every generated file (path relative to deploy/helm) and the text it must hold. */
    Map<String, String> generated() {
        Map<String, String> files = new LinkedHashMap<>();
        for (String chart : ChartWorkspace.SERVICE_CHARTS) {
            files.put(chart + "/" + SCHEMA, print(serviceSchema(chart)));
        }
        files.put(ChartWorkspace.UMBRELLA + "/" + SCHEMA, print(umbrellaSchema()));
        files.put(README, readmeWithTable(text(charts.resolve(README))));
        return files;
    }

    ObjectNode serviceSchema(String chart) {
        ObjectNode part = (ObjectNode) read(charts.resolve(chart).resolve(PART));
        ObjectNode schema = JSON.createObjectNode();
        schema.put("$schema", base.path("$schema").asText());
        schema.put("$comment", "Generated from ../" + BASE + " and " + PART + " (" + REGENERATE + "): edit those.");
        schema.set("title", part.path("title"));
        ObjectNode merged = base.deepCopy();
        merged.remove(List.of("$schema", "$comment"));
        ObjectNode rest = part.deepCopy();
        rest.remove("title");
        merge(merged, rest);
        schema.setAll(merged);
        return schema;
    }

    ObjectNode umbrellaSchema() {
        ObjectNode part = (ObjectNode) read(charts.resolve(ChartWorkspace.UMBRELLA).resolve(PART));
        ObjectNode schema = JSON.createObjectNode();
        part.properties().forEach(field -> {
            if (field.getKey().equals("$comment")) {
                schema.put("$comment", "Generated from " + PART + " and ../" + BASE + " (global) (" + REGENERATE + "): edit those.");
            } else if (field.getKey().equals("properties")) {
                ObjectNode properties = schema.putObject("properties");
                properties.set("global", base.path("properties").path("global").deepCopy());
                properties.setAll((ObjectNode) field.getValue().deepCopy());
            } else {
                schema.set(field.getKey(), field.getValue().deepCopy());
            }
        });
        return schema;
    }

    /** The README with its values table (between the two markers) made again. */
    String readmeWithTable(String readme) {
        int start = readme.indexOf(TABLE_START);
        int end = readme.indexOf(TABLE_END);
        if (start < 0 || end < start) {
            throw new IllegalStateException("deploy/helm/README.md lacks the values table markers " + TABLE_START + " ... " + TABLE_END);
        }
        return readme.substring(0, start + TABLE_START.length()) + "\n" + table() + readme.substring(end);
    }

    String table() {
        List<String> rows = new ArrayList<>();
        rows.add("| value | default | meaning |");
        rows.add("|---|---|---|");
        JsonNode umbrellaValues = read(charts.resolve(ChartWorkspace.UMBRELLA).resolve("values.yaml"));
        JsonNode global = base.path("properties").path("global");
        rows(rows, "global.", global, path -> umbrellaValues.at("/global" + path));
        ObjectNode common = base.deepCopy();
        ((ObjectNode) common.path("properties")).remove("global");
        rows(rows, "<service>.", common, this::commonDefault);
        for (String chart : ChartWorkspace.SERVICE_CHARTS) {
            JsonNode values = read(charts.resolve(chart).resolve("values.yaml"));
            rows(rows, chart + ".", read(charts.resolve(chart).resolve(PART)), values::at);
        }
        rows(rows, "", read(charts.resolve(ChartWorkspace.UMBRELLA).resolve(PART)), umbrellaValues::at);
        return String.join("\n", rows) + "\n";
    }

    // One row per property with a description, depth first, in the schema's order.
    private static void rows(List<String> rows, String prefix, JsonNode schema, Function<String, JsonNode> defaults) {
        walk(schema, "", (path, node) -> rows.add("| `" + prefix + path.substring(1).replace('/', '.') + "` | "
                + cell(defaults.apply(path)) + " | " + node.path("description").asText().replace("|", "\\|") + " |"));
    }

    private static void walk(JsonNode schema, String path, BiConsumer<String, JsonNode> visit) {
        schema.path("properties").properties().forEach(field -> {
            String child = path + "/" + field.getKey();
            if (field.getValue().has("description")) {
                visit.accept(child, field.getValue());
            }
            walk(field.getValue(), child, visit);
        });
    }

    // The services' default: the same in all three, or the same once the chart's own name is written <service>.
    private JsonNode commonDefault(String path) {
        String shared = null;
        JsonNode first = null;
        for (String chart : ChartWorkspace.SERVICE_CHARTS) {
            JsonNode value = read(charts.resolve(chart).resolve("values.yaml")).at(path);
            String written = value.toString().replace(chart, "<service>");
            if (shared == null) {
                shared = written;
                first = value.isTextual() ? JSON.getNodeFactory().textNode(value.asText().replace(chart, "<service>")) : value;
            } else if (!shared.equals(written)) {
                return JSON.getNodeFactory().textNode("(per service)");
            }
        }
        return first;
    }

    private static String cell(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "";
        }
        if (value.isTextual() && value.asText().equals("(per service)")) {
            return "per service";
        }
        String written = value.isTextual() ? (value.asText().isEmpty() ? "''" : value.asText()) : value.toString();
        return written.length() > 60 ? "see values.yaml" : "`" + written.replace("|", "\\|") + "`";
    }

    // Objects merge key by key, "required" lists join, anything else from the part replaces the base.
    private static void merge(ObjectNode into, ObjectNode part) {
        part.properties().forEach(field -> {
            JsonNode existing = into.get(field.getKey());
            if (existing instanceof ObjectNode target && field.getValue() instanceof ObjectNode source) {
                merge(target, source);
            } else if (existing instanceof ArrayNode target && field.getValue() instanceof ArrayNode source
                    && field.getKey().equals("required")) {
                source.forEach(item -> {
                    if (target.valueStream().noneMatch(item::equals)) {
                        target.add(item);
                    }
                });
            } else {
                into.set(field.getKey(), field.getValue().deepCopy());
            }
        });
    }

    static String print(JsonNode schema) {
        try {
            return JSON.writer(PRINTER).writeValueAsString(schema) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return (file.toString().endsWith(".yaml") ? YAML : JSON).readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
