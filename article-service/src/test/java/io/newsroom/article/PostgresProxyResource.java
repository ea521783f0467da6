package io.newsroom.article;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Starts a {@link PostgresProxy} to the test database, points the datasource at it and hands it to the test. */
public class PostgresProxyResource implements QuarkusTestResourceLifecycleManager {

    private PostgresProxy proxy;

    @Override
    public Map<String, String> start() {
        proxy = new PostgresProxy("127.0.0.1", 5432);
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/newsroom_test");
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
