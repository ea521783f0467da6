package io.newsroom.deploy;

import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapKeySelector;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Lints every chart strictly, renders the suite with the default, JVM and production-like values, and checks the
 * invariants operators rely on in every rendered object. No cluster and no helm CLI: Helm is embedded.
 */
class HelmChartTest {

    private static final String RELEASE = "newsroom";
    private static ChartWorkspace charts;

    @BeforeAll
    static void vendorDependencies() {
        charts = ChartWorkspace.prepared();
    }

    static RenderedChart renderWith(UnaryOperator<TemplateCommand> options) {
        return new RenderedChart(template(options));
    }

    static Stream<String> everyChart() {
        return Stream.concat(Stream.of(ChartWorkspace.LIBRARY, ChartWorkspace.UMBRELLA),
                ChartWorkspace.SERVICE_CHARTS.stream());
    }

    @ParameterizedTest
    @MethodSource("everyChart")
    void lintsStrictlyWithoutWarnings(String chart) {
        LintResult result = charts.helm(chart).lint().strict().call();
        assertFalse(result.isFailed(), () -> chart + " fails lint --strict: " + result.getMessages());
    }

    static Stream<Arguments> valueSets() {
        return Stream.of(
                Arguments.of("default", null, true),
                Arguments.of("jvm", "values-jvm.yaml", false),
                Arguments.of("production", "values-production.yaml", true),
                Arguments.of("local podman", "../values-local-podman.yaml", false));
    }

    @ParameterizedTest(name = "{0} values")
    @MethodSource("valueSets")
    void everyDeploymentIsHardened(String label, String valuesFile, boolean nativeImages) {
        RenderedChart rendered = render(valuesFile);
        assertEquals(3, rendered.deployments().size(), "one Deployment per service");
        for (Deployment deployment : rendered.deployments()) {
            String name = deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), name + ": no service-account token");
            assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot(), name + ": runAsNonRoot");
            assertEquals("RuntimeDefault", pod.getSecurityContext().getSeccompProfile().getType(), name + ": seccomp");
            assertTrue(pod.getVolumes().stream().anyMatch(v -> "tmp".equals(v.getName()) && v.getEmptyDir() != null),
                    name + ": an emptyDir for /tmp");
            for (Container container : pod.getContainers()) {
                var security = container.getSecurityContext();
                assertEquals(Boolean.TRUE, security.getReadOnlyRootFilesystem(), name + ": read-only root");
                assertEquals(Boolean.FALSE, security.getAllowPrivilegeEscalation(), name + ": no escalation");
                assertEquals(List.of("ALL"), security.getCapabilities().getDrop(), name + ": drops all capabilities");
                assertTrue(container.getVolumeMounts().stream().anyMatch(m -> "/tmp".equals(m.getMountPath())),
                        name + ": /tmp mounted");
                assertProbe(name, container.getStartupProbe(), "/q/health/started");
                assertProbe(name, container.getLivenessProbe(), "/q/health/live");
                assertProbe(name, container.getReadinessProbe(), "/q/health/ready");
                assertNotNull(container.getResources().getRequests().get("cpu"), name + ": cpu request");
                assertNotNull(container.getResources().getRequests().get("memory"), name + ": memory request");
                assertNotNull(container.getResources().getLimits().get("memory"), name + ": memory limit");
                assertEquals(nativeImages, !container.getImage().contains("-jvm:"), name + ": image " + container.getImage());
                assertEquals(nativeImages, container.getEnv().stream().noneMatch(e -> "JDK_JAVA_OPTIONS".equals(e.getName())),
                        name + ": JVM options only for the JVM image");
            }
        }
    }

    @ParameterizedTest(name = "{0} values")
    @MethodSource("valueSets")
    void podsRunAsTheUserTheImagesDeclare(String label, String valuesFile, boolean nativeImages) throws Exception {
        for (Deployment deployment : render(valuesFile).deployments()) {
            String service = deployment.getSpec().getSelector().getMatchLabels().get("app.kubernetes.io/name");
            Path dockerfile = ChartWorkspace.projectRoot()
                    .resolve(service + "/src/main/docker/" + (nativeImages ? "Dockerfile.native-micro" : "Dockerfile.jvm"));
            List<String> lines = Files.readAllLines(dockerfile);
            long user = deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser();
            assertTrue(lines.contains("USER " + user), dockerfile + " runs as the chart's runAsUser " + user);
        }
    }

    @Test
    void jvmImagesTakeTheirBaseAsABuildArgumentWithAPublicDefault() throws Exception {
        for (String service : ChartWorkspace.SERVICE_CHARTS) {
            Path dockerfile = ChartWorkspace.projectRoot().resolve(service + "/src/main/docker/Dockerfile.jvm");
            List<String> lines = Files.readAllLines(dockerfile);
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("ARG BASE_IMAGE=registry.")), dockerfile + ": public default base");
            assertTrue(lines.contains("FROM ${BASE_IMAGE}"), dockerfile + ": FROM the build argument");
        }
    }

    @ParameterizedTest(name = "{0} values")
    @MethodSource("valueSets")
    void everyObjectIsLabelledAndNamespaceFree(String label, String valuesFile, boolean nativeImages) {
        RenderedChart rendered = render(valuesFile);
        for (HasMetadata object : rendered.objects) {
            String what = object.getKind() + " " + object.getMetadata().getName();
            assertNull(object.getMetadata().getNamespace(), what + " must not hard-code a namespace");
            Map<String, String> labels = object.getMetadata().getLabels();
            assertNotNull(labels, what + " has labels");
            assertEquals(RELEASE, labels.get("app.kubernetes.io/instance"), what + ": instance label");
            assertEquals("newsroom", labels.get("app.kubernetes.io/part-of"), what + ": part-of label");
        }
    }

    @ParameterizedTest(name = "{0} values")
    @MethodSource("valueSets")
    void servicesSelectTheirDeployments(String label, String valuesFile, boolean nativeImages) {
        RenderedChart rendered = render(valuesFile);
        assertEquals(3, rendered.services().size());
        for (Service service : rendered.services()) {
            Map<String, String> selector = service.getSpec().getSelector();
            long matching = rendered.deployments().stream()
                    .filter(d -> selects(selector, d.getSpec().getTemplate().getMetadata().getLabels())).count();
            assertEquals(1, matching, service.getMetadata().getName() + " selects exactly one Deployment's pods");
            assertEquals(selector, rendered.deployments().stream()
                    .filter(d -> selects(selector, d.getSpec().getTemplate().getMetadata().getLabels()))
                    .findFirst().orElseThrow().getSpec().getSelector().getMatchLabels(), "same selector as the Deployment");
        }
    }

    @ParameterizedTest(name = "{0} values")
    @MethodSource("valueSets")
    void environmentReadsOnlyKeysThatExist(String label, String valuesFile, boolean nativeImages) {
        RenderedChart rendered = render(valuesFile);
        for (Deployment deployment : rendered.deployments()) {
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                for (EnvVar env : container.getEnv()) {
                    if (env.getValueFrom() == null) {
                        assertNotNull(env.getValue(), env.getName() + " has a value");
                        continue;
                    }
                    ConfigMapKeySelector ref = env.getValueFrom().getConfigMapKeyRef();
                    if (ref != null) {
                        ConfigMap map = rendered.configMaps().stream()
                                .filter(c -> c.getMetadata().getName().equals(ref.getName())).findFirst()
                                .orElseThrow(() -> new AssertionError(env.getName() + " reads missing ConfigMap " + ref.getName()));
                        assertTrue(map.getData().containsKey(ref.getKey()), env.getName() + " reads missing key " + ref.getKey());
                        assertFalse(map.getData().get(ref.getKey()).isBlank(), env.getName() + " is empty");
                    } else {
                        var secret = env.getValueFrom().getSecretKeyRef();
                        assertNotNull(secret, env.getName() + " reads a ConfigMap or a Secret");
                        assertFalse(secret.getName().isBlank(), env.getName() + ": secret name");
                        assertFalse(secret.getKey().isBlank(), env.getName() + ": secret key");
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} values")
    @MethodSource("valueSets")
    void everyVariableIsOneTheServiceReads(String label, String valuesFile, boolean nativeImages) {
        RenderedChart rendered = render(valuesFile);
        for (Deployment deployment : rendered.deployments()) {
            String service = deployment.getMetadata().getLabels().get("app.kubernetes.io/name");
            ServiceSettings settings = ServiceSettings.of(service);
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                for (EnvVar env : container.getEnv()) {
                    assertTrue(settings.reads(env.getName()),
                            service + " does not read " + env.getName() + ": a typo would be silently ignored");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} values")
    @MethodSource("valueSets")
    void onlyTheGatewayIsReachableAndBackendsOnlyFromIt(String label, String valuesFile, boolean nativeImages) {
        RenderedChart rendered = render(valuesFile);
        Deployment gateway = deployment(rendered, "gateway");
        Map<String, String> gatewayPods = gateway.getSpec().getTemplate().getMetadata().getLabels();
        assertEquals(3, rendered.networkPolicies().size(), "a NetworkPolicy per service");
        for (NetworkPolicy policy : rendered.networkPolicies()) {
            Map<String, String> selected = policy.getSpec().getPodSelector().getMatchLabels();
            Deployment target = rendered.deployments().stream()
                    .filter(d -> selects(selected, d.getSpec().getTemplate().getMetadata().getLabels())).findFirst()
                    .orElseThrow(() -> new AssertionError(policy.getMetadata().getName() + " selects no pods"));
            assertEquals(List.of("Ingress", "Egress"), policy.getSpec().getPolicyTypes());
            assertFalse(policy.getSpec().getEgress().isEmpty(), "egress is restricted to listed destinations");
            if (target == gateway) {
                continue;
            }
            List<NetworkPolicyPeer> peers = new ArrayList<>();
            policy.getSpec().getIngress().forEach(rule -> peers.addAll(rule.getFrom()));
            assertFalse(peers.isEmpty(), policy.getMetadata().getName() + " must not admit everyone");
            for (NetworkPolicyPeer peer : peers) {
                assertNotNull(peer.getPodSelector(), "backends admit pods, not address ranges");
                assertTrue(selects(peer.getPodSelector().getMatchLabels(), gatewayPods),
                        policy.getMetadata().getName() + " admits only the gateway's pods");
            }
        }
        List<HasMetadata> ingresses = rendered.ofKind("Ingress");
        ingresses.forEach(i -> assertTrue(i.getMetadata().getName().endsWith("gateway"), "Ingress only for the gateway"));
    }

    @Test
    void productionValuesTurnOnTheOptionalResources() {
        RenderedChart rendered = render("values-production.yaml");
        assertEquals(3, rendered.ofKind("HorizontalPodAutoscaler").size());
        assertEquals(3, rendered.ofKind("PodDisruptionBudget").size());
        assertEquals(3, rendered.ofKind("ServiceMonitor").size());
        assertEquals(3, rendered.ofKind("KafkaTopic").size());
        assertEquals(1, rendered.ofKind("Ingress").size());
        rendered.deployments().forEach(d -> assertNull(d.getSpec().getReplicas(), "the HPA owns the replica count"));
    }

    @Test
    void theGatewayDashboardIsAConfigMapForGrafanasSidecarWhenAskedFor() {
        assertTrue(render(null).configMaps().stream().noneMatch(c -> c.getMetadata().getName().endsWith("-dashboard")),
                "no dashboard unless asked for");
        ConfigMap dashboard = render("values-production.yaml").configMaps().stream()
                .filter(c -> c.getMetadata().getName().endsWith("gateway-dashboard")).findFirst().orElseThrow();
        assertEquals("1", dashboard.getMetadata().getLabels().get("grafana_dashboard"));
        String json = dashboard.getData().get("gateway.json");
        for (String metric : List.of("gateway_quota_refusals_total", "cache_gets_total", "gateway_backend_circuit_state",
                "gateway_backend_latency_seconds_bucket")) {
            assertTrue(json.contains(metric), "a panel on " + metric);
        }
    }

    @Test
    void defaultValuesRenderTheRealmAndTheTestHook() {
        RenderedChart rendered = render(null);
        ConfigMap realm = rendered.configMaps().stream()
                .filter(c -> c.getMetadata().getName().equals(RELEASE + "-keycloak-realm")).findFirst().orElseThrow();
        assertTrue(realm.getData().get("newsroom-realm.json").contains("\"realm\""), "the realm JSON is embedded");
        assertTrue(rendered.ofKind("Ingress").isEmpty(), "no Ingress unless asked for");
        assertTrue(rendered.ofKind("KafkaTopic").isEmpty(), "no Strimzi resources unless asked for");
    }

    @Test
    void helmTestHookChecksTheGateway() throws Exception {
        // The embedded `helm template` leaves test hooks out, so the hook is read as written (lint renders it).
        String hook = java.nio.file.Files.readString(charts.file(ChartWorkspace.UMBRELLA, "templates/tests/gateway-answers.yaml"));
        assertTrue(hook.contains("helm.sh/hook: test"), "a helm test hook");
        assertTrue(hook.contains("/q/health/ready"), "it asks the gateway's readiness endpoint");
        assertTrue(hook.contains("runAsNonRoot: true") && hook.contains("readOnlyRootFilesystem: true"), "hardened too");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gateway.replicaCount=two", "article-service.native=yes", "gateway.image.pullPolicy=Sometimes",
            "global.database.jdbcUrl=mysql://db/newsroom", "extraction-service.replicaCont=2"})
    void theSchemaRefusesAWrongValue(String assignment) {
        String[] pair = assignment.split("=", 2);
        Exception refused = assertThrows(Exception.class, () -> template(t -> t.set(pair[0], pair[1])),
                assignment + " must be refused at install time");
        assertTrue(refused.getMessage().contains("schema") || refused.getMessage().contains("values don't meet"),
                "refused by the values schema: " + refused.getMessage());
    }

    private static void assertProbe(String name, Probe probe, String path) {
        assertNotNull(probe, name + " has a probe on " + path);
        assertEquals(path, probe.getHttpGet().getPath(), name + " probe path");
    }

    static Deployment deployment(RenderedChart rendered, String component) {
        return rendered.deployments().stream()
                .filter(d -> component.equals(d.getMetadata().getLabels().get("app.kubernetes.io/name")))
                .findFirst().orElseGet(() -> fail("no Deployment for " + component));
    }

    private static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty() && labels != null
                && labels.entrySet().containsAll(selector.entrySet());
    }

    static RenderedChart render(String valuesFile) {
        return new RenderedChart(template(t -> valuesFile == null ? t
                : t.withValuesFile(charts.file(ChartWorkspace.UMBRELLA, valuesFile))));
    }

    static String template(UnaryOperator<TemplateCommand> options) {
        if (charts == null) {
            charts = ChartWorkspace.prepared();
        }
        return options.apply(charts.helm(ChartWorkspace.UMBRELLA).template().withName(RELEASE)).call();
    }

}
