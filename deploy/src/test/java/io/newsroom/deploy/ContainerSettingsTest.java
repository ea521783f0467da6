package io.newsroom.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The environment deploy/local/containers.sh gives each container: only variables the service reads, one instance. */
class ContainerSettingsTest {

    @Test
    void everyVariableIsOneTheServiceReads() throws Exception {
        environment().forEach((service, env) -> env.keySet().forEach(variable ->
                assertTrue(ServiceSettings.of(service).reads(variable),
                        service + " does not read " + variable + ": a typo would be silently ignored")));
    }

    @Test
    void theContainersKeepTheirOwnDatabaseTopicsAndConsumerGroups() throws Exception {
        Map<String, Map<String, String>> environment = environment();
        assertEquals("jdbc:postgresql://127.0.0.1:5432/newsroom_containers",
                environment.get("article-service").get("NEWSROOM_DB_URL"));
        for (String service : List.of("article-service", "extraction-service")) {
            Map<String, String> env = environment.get(service);
            assertEquals("containers-" + service, env.get("NEWSROOM_CONSUMER_GROUP"));
            assertEquals("containers.articles.submitted", env.get("NEWSROOM_TOPICS_SUBMITTED"));
            assertEquals("containers.articles.extracted", env.get("NEWSROOM_TOPICS_EXTRACTED"));
            assertEquals("containers.articles.extraction-failed", env.get("NEWSROOM_TOPICS_EXTRACTION_FAILED"));
        }
        assertEquals("containers-extraction-service",
                environment.get("gateway").get("NEWSROOM_GATEWAY_ADMIN_EXTRACTION_GROUP"));
        assertEquals("http://127.0.0.1:18081", environment.get("gateway").get("NEWSROOM_ARTICLE_SERVICE_URL"));
        assertEquals("18080", environment.get("gateway").get("QUARKUS_HTTP_PORT"));
    }

    /** Service -> variable -> value, as `containers.sh env` prints them with the default settings. */
    private static Map<String, Map<String, String>> environment() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash",
                ChartWorkspace.projectRoot().resolve("deploy/local/containers.sh").toString(), "env").redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("NEWSROOM_CONTAINER_"));
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        Map<String, Map<String, String>> environment = new HashMap<>();
        for (String line : output.split("\n")) {
            String[] serviceAndSetting = line.split(" ", 2);
            String[] setting = serviceAndSetting[1].split("=", 2);
            environment.computeIfAbsent(serviceAndSetting[0], s -> new HashMap<>()).put(setting[0], setting[1]);
        }
        assertEquals(3, environment.size(), output);
        return environment;
    }
}
