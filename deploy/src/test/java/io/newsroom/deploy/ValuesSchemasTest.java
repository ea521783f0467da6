package io.newsroom.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed values.schema.json files and the README's values table are what ValuesSchemas makes from the base
 * fragment and the per-chart parts; with -Dschemas.write=true the test writes them instead.
 */
class ValuesSchemasTest {

    private static final Path CHARTS = Path.of(System.getProperty("helm.charts", "helm")).toAbsolutePath();

    @Test
    void generatedFilesAreUpToDate() throws IOException {
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, String> file : new ValuesSchemas(CHARTS).generated().entrySet()) {
            Path path = CHARTS.resolve(file.getKey());
            if (!Files.exists(path) || !Files.readString(path).equals(file.getValue())) {
                if (Boolean.getBoolean("schemas.write")) {
                    Files.writeString(path, file.getValue());
                } else {
                    stale.add(file.getKey());
                }
            }
        }
        assertEquals(List.of(), stale, "made from the schema sources, out of date: run " + ValuesSchemas.REGENERATE);
    }

    @Test
    void everyServiceSchemaHoldsTheWholeBaseAndItsPart() {
        ValuesSchemas schemas = new ValuesSchemas(CHARTS);
        for (String chart : ChartWorkspace.SERVICE_CHARTS) {
            var properties = schemas.serviceSchema(chart).path("properties");
            for (String common : List.of("global", "image", "probes", "podSecurityContext", "securityContext", "http", "networkPolicy")) {
                assertTrue(properties.has(common), chart + " accepts " + common);
            }
            assertTrue(properties.path("networkPolicy").path("properties").has("extraIngress"), chart + ": extraIngress");
        }
        assertTrue(schemas.serviceSchema("gateway").path("properties").has("ingress"), "the gateway's own part");
        assertTrue(!schemas.serviceSchema("article-service").path("properties").has("ingress"), "only the gateway has an Ingress");
        assertTrue(schemas.umbrellaSchema().path("properties").path("global").path("properties").has("database"),
                "the umbrella's global is the base's");
    }

    @Test
    void readmeTableHasARowPerDescribedValue() {
        String table = new ValuesSchemas(CHARTS).table();
        for (String row : List.of("`global.keycloak.url`", "`<service>.native`", "`<service>.probes.readiness`",
                "`<service>.networkPolicy.extraIngress`", "`gateway.ingress`", "`kafkaTopics.create`")) {
            assertTrue(table.contains(row), "values table row " + row + ":\n" + table);
        }
        assertTrue(table.contains("| `<service>.image.repository` | `ghcr.io/newsroom/<service>` |"), table);
    }
}
