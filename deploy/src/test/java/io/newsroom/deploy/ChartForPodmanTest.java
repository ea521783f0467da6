package io.newsroom.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static io.newsroom.deploy.HelmChartTest.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What bin/newsroom chart-smoke plays with podman out of the chart rendered with values-local-podman.yaml. */
class ChartForPodmanTest {

    @Test
    void playsDeploymentsAndConfigMapsAndLeavesTheClusterObjectsToTheRenderTests() {
        RenderedChart rendered = render("../values-local-podman.yaml");
        List<HasMetadata> played = ChartForPodman.playable(rendered);
        assertEquals(Set.of("Deployment", "ConfigMap"), played.stream().map(HasMetadata::getKind).collect(Collectors.toSet()));
        assertEquals(3, played.stream().filter(o -> o.getKind().equals("Deployment")).count());
        Set<String> left = rendered.objects.stream().map(HasMetadata::getKind)
                .filter(kind -> !ChartForPodman.PLAYABLE.contains(kind)).collect(Collectors.toSet());
        assertEquals(Set.of("Service", "NetworkPolicy", "PodDisruptionBudget"), left, "what podman cannot play");
        assertTrue(rendered.configMaps().stream().noneMatch(c -> c.getMetadata().getName().endsWith("keycloak-realm")),
                "the realm is already imported locally");
    }

    @Test
    void hostNetworkCopiesKeepEverythingButThePortList() {
        for (Deployment deployment : render("../values-local-podman.yaml").deployments()) {
            Container rendered = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            Container played = ChartForPodman.forPodman(deployment).getSpec().getTemplate().getSpec().getContainers().get(0);
            int port = rendered.getPorts().get(0).getContainerPort();
            assertTrue(played.getPorts().isEmpty(), "podman 4.3 refuses containerPorts on the host network");
            for (var probe : List.of(played.getStartupProbe(), played.getLivenessProbe(), played.getReadinessProbe())) {
                assertEquals(port, probe.getHttpGet().getPort().getIntVal(), "the probe's named port as its number");
            }
            assertEquals(rendered.getReadinessProbe().getHttpGet().getPath(), played.getReadinessProbe().getHttpGet().getPath());
            assertEquals(rendered.getReadinessProbe().getPeriodSeconds(), played.getReadinessProbe().getPeriodSeconds());
            assertEquals(rendered.getSecurityContext(), played.getSecurityContext());
            assertEquals(rendered.getEnv(), played.getEnv());
            assertEquals(deployment.getSpec().getTemplate().getSpec().getSecurityContext(),
                    ChartForPodman.forPodman(deployment).getSpec().getTemplate().getSpec().getSecurityContext());
            assertEquals("http", rendered.getReadinessProbe().getHttpGet().getPort().getStrVal(), "the chart itself is untouched");
        }
    }
}
