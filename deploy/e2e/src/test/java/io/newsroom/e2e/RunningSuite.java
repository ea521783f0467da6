package io.newsroom.e2e;

import io.newsroom.e2e.client.GatewayClient;
import io.newsroom.e2e.client.TokenSource;
import io.newsroom.e2e.config.SuiteAddresses;
import io.newsroom.e2e.local.LocalSuite;
import io.newsroom.e2e.messaging.SuiteTopics;
import io.newsroom.e2e.repository.ArticleLedger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Makes sure the whole suite runs before a scenario: the infrastructure must already be up (bin/newsroom test starts
 * it); services that are down are started with deploy/local/services.sh (or containers.sh when NEWSROOM_E2E_SERVICES
 * is "containers", with the NEWSROOM_*_URL addresses pointing at them), and stopped again after the last scenario.
 */
public final class RunningSuite implements BeforeAllCallback {

    public static final SuiteAddresses ADDRESSES = SuiteAddresses.local();
    public static final LocalSuite SUITE = new LocalSuite(ADDRESSES.projectRoot(), LocalSuite.ServiceRuntime.configured());
    public static final TokenSource TOKENS = new TokenSource(ADDRESSES.tokenEndpoint());
    public static final GatewayClient GATEWAY = new GatewayClient(ADDRESSES.gateway(), TOKENS);
    public static final ArticleLedger LEDGER = new ArticleLedger(ADDRESSES.databaseUrl());
    public static final SuiteTopics TOPICS = new SuiteTopics(ADDRESSES.kafkaBootstrap());

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(StartedServices.class, key -> StartedServices.start(), StartedServices.class);
    }

    /** Closed by JUnit when the whole run ends. */
    static final class StartedServices implements ExtensionContext.Store.CloseableResource {

        private final List<String> started;

        private StartedServices(List<String> started) {
            this.started = started;
        }

        static StartedServices start() {
            for (String component : LocalSuite.INFRASTRUCTURE) {
                if (!SUITE.infrastructureUp(component)) {
                    fail(component + " is not up: start the infrastructure first (bin/newsroom test, or deploy/local/infra.sh start)");
                }
            }
            List<String> started = new ArrayList<>();
            for (String service : LocalSuite.SERVICES) {
                if (!SUITE.serviceUp(service)) {
                    SUITE.startServices(service);
                    started.add(service);
                }
            }
            return new StartedServices(started);
        }

        @Override
        public void close() {
            if (!started.isEmpty()) {
                SUITE.stopServices(started.toArray(String[]::new));
            }
        }
    }
}
