package io.newsroom.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Renders the umbrella chart with helm-java and a values file, and writes what `podman kube play` can run: the
 * Deployments, ConfigMaps and Secrets, and beside it OUTPUT_YAML.pods: per container of a Deployment its Deployment,
 * container name, HTTP port (its "http" containerPort) and readiness probe path, tab-separated. Prints one line per
 * rendered object, played or left out.
 * Usage (from deploy/, -Dhelm.charts=helm): ChartForPodman VALUES_FILE OUTPUT_YAML [RELEASE]
 */
public final class ChartForPodman {

    /** Kinds podman kube play runs; the rest (Service, NetworkPolicy, HPA, PDB, Ingress, ...) need a cluster. */
    static final Set<String> PLAYABLE = Set.of("Deployment", "ConfigMap", "Secret");

    private ChartForPodman() {
    }

    /** The rendered objects podman can play, in the order podman needs them: ConfigMaps and Secrets first. */
    static List<HasMetadata> playable(RenderedChart rendered) {
        List<HasMetadata> objects = new ArrayList<>(rendered.all(ConfigMap.class));
        objects.addAll(rendered.all(Secret.class));
        rendered.deployments().forEach(deployment -> objects.add(forPodman(deployment)));
        return objects;
    }

    /**
     * podman 4.3 turns every containerPort into a port mapping and refuses those on a host-network pod, where
     * Kubernetes only records them. On such a pod the copy played leaves the ports out and names each probe's port
     * by its number, as Kubernetes resolves it; everything else is the chart's.
     */
    static Deployment forPodman(Deployment rendered) {
        Deployment deployment = new KubernetesSerialization().clone(rendered);
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        if (!Boolean.TRUE.equals(pod.getHostNetwork())) {
            return deployment;
        }
        for (Container container : pod.getContainers()) {
            for (Probe probe : new Probe[] {container.getStartupProbe(), container.getLivenessProbe(), container.getReadinessProbe()}) {
                if (probe != null && probe.getHttpGet() != null && probe.getHttpGet().getPort().getStrVal() != null) {
                    String name = probe.getHttpGet().getPort().getStrVal();
                    int number = container.getPorts().stream().filter(p -> name.equals(p.getName())).findFirst()
                            .orElseThrow(() -> new IllegalStateException(container.getName() + ": no port " + name))
                            .getContainerPort();
                    probe.getHttpGet().setPort(new IntOrString(number));
                }
            }
            container.setPorts(List.of());
        }
        return deployment;
    }

    static RenderedChart render(Path valuesFile, String release) {
        return new RenderedChart(ChartWorkspace.prepared().helm(ChartWorkspace.UMBRELLA).template()
                .withName(release).withValuesFile(valuesFile.toAbsolutePath()).call());
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: ChartForPodman VALUES_FILE OUTPUT_YAML [RELEASE]");
        }
        RenderedChart rendered = render(Path.of(args[0]), args.length > 2 ? args[2] : "newsroom");
        List<HasMetadata> played = playable(rendered);
        KubernetesSerialization yaml = new KubernetesSerialization();
        StringBuilder out = new StringBuilder();
        for (HasMetadata object : played) {
            out.append(yaml.asYaml(object));
        }
        Files.writeString(Path.of(args[1]), out);
        StringBuilder pods = new StringBuilder();
        for (Deployment deployment : rendered.deployments()) {
            for (var container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                int port = container.getPorts().stream().filter(p -> "http".equals(p.getName())).findFirst()
                        .orElseThrow(() -> new IllegalStateException(container.getName() + " has no http port")).getContainerPort();
                pods.append(String.join("\t", deployment.getMetadata().getName(), container.getName(),
                        Integer.toString(port), container.getReadinessProbe().getHttpGet().getPath())).append('\n');
            }
        }
        Files.writeString(Path.of(args[1] + ".pods"), pods);
        for (HasMetadata object : rendered.objects) {
            boolean plays = PLAYABLE.contains(object.getKind());
            System.out.printf("    %-20s %-36s %s%n", object.getKind(), object.getMetadata().getName(),
                    plays ? "played" : "not played: podman kube play has no such object (HelmChartTest checks it)");
        }
        if (rendered.deployments().stream().anyMatch(d -> Boolean.TRUE.equals(d.getSpec().getTemplate().getSpec().getHostNetwork()))) {
            System.out.println("    (host network: the played Deployments leave out containerPorts, which podman 4.3 refuses there, "
                    + "and give the probes' named port as its number)");
        }
    }
}
