package io.newsroom.article.it;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.HashMap;
import java.util.Map;

/** The packaged service against the real Keycloak and Kafka, storing into the test database. */
public class RealInfrastructureProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url", LocalInfrastructure.TEST_DB_URL,
                "mp.messaging.incoming.articles-extracted.group.id", "article-service-it",
                "mp.messaging.incoming.articles-extraction-failed.group.id", "article-service-it",
                "newsroom.outbox.relay-interval", "500ms",
                "newsroom.outbox.send-timeout", "6s");
    }

    /** Same, with the relay off so that no extraction-service sees these articles and races the test's events. */
    public static class WithoutRelay extends RealInfrastructureProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("newsroom.outbox.relay-enabled", "false");
            return overrides;
        }
    }
}
