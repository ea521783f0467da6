package io.newsroom.article;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.util.Map;

/** Starts a {@link PostgresProxy} to the test database, points the datasource at it and hands it to the test. */
public class PostgresProxyResource implements QuarkusTestResourceLifecycleManager {

    private PostgresProxy proxy;

    @Override
    public Map<String, String> start() {
        // the test database the profile names (newsroom_test, or a helper's own through _TEST_QUARKUS_DATASOURCE_JDBC_URL)
        URI database = URI.create(ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.jdbc.url", String.class)
                .orElse("jdbc:postgresql://127.0.0.1:5432/newsroom_test").substring("jdbc:".length()));
        proxy = new PostgresProxy(database.getHost(), database.getPort() < 0 ? 5432 : database.getPort());
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + proxy.port() + database.getPath());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(proxy, new TestInjector.MatchesType(PostgresProxy.class));
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
    }
}
