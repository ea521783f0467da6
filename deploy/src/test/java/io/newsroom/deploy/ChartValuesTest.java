package io.newsroom.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.newsroom.deploy.HelmChartTest.deployment;
import static io.newsroom.deploy.HelmChartTest.render;
import static io.newsroom.deploy.HelmChartTest.renderWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The values operators asked for: security contexts, probe timings, extra NetworkPolicy ingress, listen address. */
class ChartValuesTest {

    @Test
    void hardenedSecurityContextsStayTheDefault() {
        for (Deployment deployment : render(null).deployments()) {
            PodSecurityContext pod = deployment.getSpec().getTemplate().getSpec().getSecurityContext();
            assertEquals(1001L, pod.getRunAsUser());
            assertEquals(1001L, pod.getRunAsGroup());
            assertEquals(1001L, pod.getFsGroup());
            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            assertEquals(Boolean.TRUE, container.getSecurityContext().getRunAsNonRoot());
            assertNull(deployment.getSpec().getTemplate().getSpec().getHostNetwork(), "no host network by default");
        }
    }

    @Test
    void runAsUserMayBeLeftToThePlatform() {
        RenderedChart rendered = renderWith(t -> t.set("gateway.podSecurityContext.runAsUser", "null")
                .set("gateway.podSecurityContext.runAsGroup", "null").set("gateway.podSecurityContext.fsGroup", "null"));
        PodSecurityContext pod = deployment(rendered, "gateway").getSpec().getTemplate().getSpec().getSecurityContext();
        assertNull(pod.getRunAsUser(), "runAsUser left unset");
        assertNull(pod.getFsGroup(), "fsGroup left unset");
        assertEquals(Boolean.TRUE, pod.getRunAsNonRoot(), "still non-root");
        assertEquals("RuntimeDefault", pod.getSeccompProfile().getType(), "still RuntimeDefault seccomp");
        assertEquals(1001L, deployment(rendered, "article-service").getSpec().getTemplate().getSpec()
                .getSecurityContext().getRunAsUser(), "the other services keep theirs");
    }

    @Test
    void containerSecurityContextIsAValue() {
        RenderedChart rendered = renderWith(t -> t.set("extraction-service.securityContext.seLinuxOptions.level", "s0:c123,c456"));
        var security = deployment(rendered, "extraction-service").getSpec().getTemplate().getSpec().getContainers().get(0)
                .getSecurityContext();
        assertEquals("s0:c123,c456", security.getSeLinuxOptions().getLevel());
        assertEquals(List.of("ALL"), security.getCapabilities().getDrop(), "added to, the hardened keys stay");
        assertEquals(Boolean.TRUE, security.getReadOnlyRootFilesystem());
    }

    @Test
    void probeTimingsAreValues() {
        Container defaults = deployment(render(null), "gateway").getSpec().getTemplate().getSpec().getContainers().get(0);
        assertTiming(defaults.getStartupProbe(), 2, 1, 60);
        assertTiming(defaults.getLivenessProbe(), 10, 2, 3);
        assertTiming(defaults.getReadinessProbe(), 5, 2, 3);
        RenderedChart rendered = renderWith(t -> t.set("article-service.probes.readiness.periodSeconds", "7")
                .set("article-service.probes.readiness.timeoutSeconds", "4")
                .set("article-service.probes.readiness.failureThreshold", "6")
                .set("article-service.probes.startup.failureThreshold", "120"));
        Container container = deployment(rendered, "article-service").getSpec().getTemplate().getSpec().getContainers().get(0);
        assertTiming(container.getReadinessProbe(), 7, 4, 6);
        assertEquals(120, container.getStartupProbe().getFailureThreshold());
        assertEquals("/q/health/ready", container.getReadinessProbe().getHttpGet().getPath());
        assertThrows(Exception.class, () -> renderWith(t -> t.set("gateway.probes.liveness.periodSeconds", "0")),
                "the schema refuses a zero period");
        assertThrows(Exception.class, () -> renderWith(t -> t.set("gateway.probes.liveness.period", "5")),
                "the schema refuses a misspelt timing");
    }

    @Test
    void extraIngressLetsPrometheusFromAnotherNamespaceScrape() {
        RenderedChart rendered = renderWith(t -> t.withValuesFile(Path.of("src/test/resources/values-prometheus.yaml").toAbsolutePath()));
        for (String service : ChartWorkspace.SERVICE_CHARTS) {
            NetworkPolicy policy = rendered.networkPolicies().stream()
                    .filter(p -> p.getMetadata().getName().endsWith(service)).findFirst().orElseThrow();
            List<NetworkPolicyIngressRule> rules = policy.getSpec().getIngress();
            assertEquals(2, rules.size(), service + ": its own rule and the Prometheus one");
            NetworkPolicyIngressRule prometheus = rules.get(1);
            assertEquals("monitoring", prometheus.getFrom().get(0).getNamespaceSelector().getMatchLabels()
                    .get("kubernetes.io/metadata.name"));
            assertEquals("http", prometheus.getPorts().get(0).getPort().getStrVal(), "the port serving /q/metrics");
        }
        for (NetworkPolicy policy : render(null).networkPolicies()) {
            assertEquals(1, policy.getSpec().getIngress().size(), "no extra ingress by default");
        }
    }

    @Test
    void listenAddressAndHostNetworkAreValues() {
        RenderedChart rendered = render("../values-local-podman.yaml");
        Deployment gateway = deployment(rendered, "gateway");
        Container container = gateway.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals(Boolean.TRUE, gateway.getSpec().getTemplate().getSpec().getHostNetwork());
        assertEquals(18090, container.getPorts().get(0).getContainerPort());
        assertEquals("18090", env(container, "QUARKUS_HTTP_PORT"));
        assertEquals("127.0.0.1", env(container, "QUARKUS_HTTP_HOST"), "loopback only on the host's network");
        assertEquals("http://127.0.0.1:18091", gatewayConfig(rendered).get("NEWSROOM_ARTICLE_SERVICE_URL"));
        assertEquals("http://newsroom-article-service:8080", gatewayConfig(render(null)).get("NEWSROOM_ARTICLE_SERVICE_URL"),
                "the Service by default");
    }

    @Test
    void theConsoleReadsItsSecretsFromTheOperatorsSecretAndFollowsTls() {
        RenderedChart defaults = render(null);
        Container gateway = deployment(defaults, "gateway").getSpec().getTemplate().getSpec().getContainers().get(0);
        for (String[] secret : new String[][] {{"NEWSROOM_CONSOLE_SECRET", "client-secret"}, {"NEWSROOM_CONSOLE_SESSION_SECRET", "session-secret"}}) {
            var ref = gateway.getEnv().stream().filter(e -> secret[0].equals(e.getName())).findFirst()
                    .orElseThrow(() -> new AssertionError(secret[0] + " is not set")).getValueFrom().getSecretKeyRef();
            assertEquals("newsroom-console", ref.getName(), secret[0]);
            assertEquals(secret[1], ref.getKey(), secret[0]);
        }
        Map<String, String> config = gatewayConfig(defaults);
        assertEquals("true", config.get("NEWSROOM_CONSOLE_SECURE_COOKIES"), "Secure cookies behind the TLS ingress");
        assertEquals("true", config.get("QUARKUS_OIDC_CONSOLE_AUTHENTICATION_FORCE_REDIRECT_HTTPS_SCHEME"));
        assertEquals("5", config.get("NEWSROOM_GATEWAY_CONSOLE_REFRESH_SECONDS"));

        Map<String, String> local = gatewayConfig(render("../values-local-podman.yaml"));
        assertEquals("false", local.get("NEWSROOM_CONSOLE_SECURE_COOKIES"), "plain http on loopback");
        assertEquals("false", local.get("QUARKUS_OIDC_CONSOLE_AUTHENTICATION_FORCE_REDIRECT_HTTPS_SCHEME"));

        RenderedChart off = renderWith(t -> t.set("gateway.console.enabled", "false"));
        assertEquals("false", gatewayConfig(off).get("QUARKUS_OIDC_CONSOLE_TENANT_ENABLED"), "the console's OIDC tenant is off");
        Container withoutConsole = deployment(off, "gateway").getSpec().getTemplate().getSpec().getContainers().get(0);
        assertTrue(withoutConsole.getEnv().stream().noneMatch(e -> e.getName().startsWith("NEWSROOM_CONSOLE_")),
                "no console secret is needed without the console");
    }

    private static Map<String, String> gatewayConfig(RenderedChart rendered) {
        return rendered.configMaps().stream().filter(c -> c.getMetadata().getName().endsWith("gateway-config"))
                .findFirst().orElseThrow().getData();
    }

    @Test
    void numbersReachTheServicesAsIntegers() {
        for (ConfigMap config : render(null).configMaps()) {
            config.getData().forEach((key, value) -> assertFalse(key.startsWith("NEWSROOM_") && value.matches("[0-9.]+e\\+[0-9]+"),
                    key + " = " + value + ": a large number must not be written in exponent form"));
        }
        ConfigMap article = render(null).configMaps().stream()
                .filter(c -> c.getMetadata().getName().endsWith("article-service-config")).findFirst().orElseThrow();
        assertEquals("2097152", article.getData().get("NEWSROOM_MAX_CONTENT_BYTES"));
    }

    private static String env(Container container, String name) {
        return container.getEnv().stream().filter(e -> name.equals(e.getName())).findFirst().orElseThrow().getValue();
    }

    private static void assertTiming(Probe probe, int period, int timeout, int failures) {
        assertEquals(period, probe.getPeriodSeconds(), "periodSeconds");
        assertEquals(timeout, probe.getTimeoutSeconds(), "timeoutSeconds");
        assertEquals(failures, probe.getFailureThreshold(), "failureThreshold");
        assertTrue(probe.getHttpGet().getPath().startsWith("/q/health/"));
    }
}
