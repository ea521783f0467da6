package io.newsroom.e2e.config;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the running suite answers; system properties first, then NEWSROOM_* variables, then the local defaults. */
public record SuiteAddresses(String gateway, String articleService, String extractionService, String keycloak,
                             String databaseUrl, String kafkaBootstrap, Path projectRoot) {

    public static SuiteAddresses local() {
        return new SuiteAddresses(
                setting("newsroom.gateway", "NEWSROOM_GATEWAY_URL", "http://127.0.0.1:8080"),
                setting("newsroom.article-service", "NEWSROOM_ARTICLE_SERVICE_URL", "http://127.0.0.1:8081"),
                setting("newsroom.extraction-service", "NEWSROOM_EXTRACTION_SERVICE_URL", "http://127.0.0.1:8082"),
                setting("newsroom.keycloak", "NEWSROOM_KEYCLOAK_URL", "http://127.0.0.1:8180"),
                setting("newsroom.db-url", "NEWSROOM_DB_URL", "jdbc:postgresql://127.0.0.1:5432/newsroom"),
                setting("newsroom.kafka", "NEWSROOM_KAFKA_BOOTSTRAP", "127.0.0.1:9092"),
                locateProjectRoot());
    }

    public String tokenEndpoint() {
        return keycloak + "/realms/newsroom/protocol/openid-connect/token";
    }

    private static String setting(String property, String variable, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    // the project root holds deploy/local/*.sh: found from the property, else by walking up from the working directory
    private static Path locateProjectRoot() {
        String configured = setting("newsroom.root", "NEWSROOM_ROOT", "");
        Path start = configured.isEmpty() ? Path.of("").toAbsolutePath() : Path.of(configured).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("deploy/local/services.sh"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no project root (with deploy/local/services.sh) at or above " + start);
    }
}
