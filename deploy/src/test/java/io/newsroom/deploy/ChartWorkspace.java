package io.newsroom.deploy;

import com.marcnuri.helm.Helm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of deploy/helm under target/ with every chart's dependencies vendored (helm dependency update), so the
 * sources stay untouched and each chart can be linted and rendered on its own.
 */
final class ChartWorkspace {

    static final List<String> SERVICE_CHARTS = List.of("article-service", "extraction-service", "gateway");
    static final String UMBRELLA = "newsroom";
    static final String LIBRARY = "newsroom-lib";

    private static ChartWorkspace shared;

    final Path root;

    private ChartWorkspace(Path root) {
        this.root = root;
    }

    /** The project's root: deploy/helm's grandparent. */
    static Path projectRoot() {
        return Path.of(System.getProperty("helm.charts", "helm")).toAbsolutePath().getParent().getParent();
    }

    static synchronized ChartWorkspace prepared() {
        if (shared == null) {
            Path sources = Path.of(System.getProperty("helm.charts", "helm")).toAbsolutePath();
            Path copy = Path.of("target", "helm-work").toAbsolutePath();
            copyTree(sources, copy);
            ChartWorkspace workspace = new ChartWorkspace(copy);
            for (String chart : SERVICE_CHARTS) {
                workspace.helm(chart).dependency().update().call();
            }
            workspace.helm(UMBRELLA).dependency().update().call();
            shared = workspace;
        }
        return shared;
    }

    Helm helm(String chart) {
        return new Helm(root.resolve(chart));
    }

    Path file(String chart, String name) {
        return root.resolve(chart).resolve(name);
    }

    private static void copyTree(Path from, Path to) {
        try {
            if (Files.exists(to)) {
                try (Stream<Path> old = Files.walk(to)) {
                    old.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
            try (Stream<Path> paths = Files.walk(from)) {
                for (Path source : paths.toList()) {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else if (!source.getParent().getFileName().toString().equals("charts")) {
                        // Files.copy follows symbolic links: the realm file is copied in, not linked.
                        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
