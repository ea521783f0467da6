package io.newsroom.e2e.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts, stops and kills parts of the local suite with the project's own scripts (deploy/local/infra.sh and
 * services.sh, or containers.sh when the services run as podman containers), the same way the README and CI do;
 * only ever touches processes whose PID file the scripts wrote, or containers they named.
 */
public final class LocalSuite {

    /** How the services run: processes (deploy/local/services.sh) or podman containers (deploy/local/containers.sh). */
    public enum ServiceRuntime {
        PROCESSES("deploy/local/services.sh"), CONTAINERS("deploy/local/containers.sh");

        private final String script;

        ServiceRuntime(String script) {
            this.script = script;
        }

        /** From the newsroom.services property or NEWSROOM_E2E_SERVICES: "processes" (the default) or "containers". */
        public static ServiceRuntime configured() {
            String value = System.getProperty("newsroom.services");
            if (value == null || value.isBlank()) {
                value = System.getenv("NEWSROOM_E2E_SERVICES");
            }
            return value == null || value.isBlank() ? PROCESSES : valueOf(value.strip().toUpperCase(Locale.ROOT));
        }
    }

    public static final List<String> SERVICES = List.of("article-service", "extraction-service", "gateway");
    public static final List<String> INFRASTRUCTURE = List.of("postgres", "redis", "kafka", "keycloak");
    private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(10);

    private final Path root;
    private final ServiceRuntime runtime;

    public LocalSuite(Path root) {
        this(root, ServiceRuntime.PROCESSES);
    }

    public LocalSuite(Path root, ServiceRuntime runtime) {
        this.root = root;
        this.runtime = runtime;
    }

    public ServiceRuntime runtime() {
        return runtime;
    }

    public Path root() {
        return root;
    }

    public boolean infrastructureUp(String component) {
        return quietly("deploy/local/infra.sh", "status", component) == 0;
    }

    public boolean serviceUp(String service) {
        return quietly(runtime.script, "status", service) == 0;
    }

    public void startInfrastructure(String... components) {
        require(run(Map.of(), withArgs("deploy/local/infra.sh", "start", components)), "infra.sh start");
    }

    public void stopInfrastructure(String... components) {
        require(run(Map.of(), withArgs("deploy/local/infra.sh", "stop", components)), "infra.sh stop");
    }

    /** Runs infra.sh with extra environment, e.g. a private PostgreSQL: NEWSROOM_RUN_DIR and NEWSROOM_PG_PORT. */
    public void infrastructure(Map<String, String> environment, String action, String... components) {
        require(run(environment, withArgs("deploy/local/infra.sh", action, components)), "infra.sh " + action);
    }

    public void startServices(String... services) {
        startServices(Map.of(), services);
    }

    /** Environment reaches the service process (NEWSROOM_DB_URL, NEWSROOM_CONSUMER_GROUP, ...). */
    public void startServices(Map<String, String> environment, String... services) {
        require(run(environment, withArgs(runtime.script, "start", services)), runtime.script + " start");
    }

    public void stopServices(String... services) {
        require(run(Map.of(), withArgs(runtime.script, "stop", services)), runtime.script + " stop");
    }

    /** The PID services.sh / infra.sh recorded for a component, if that process is alive. */
    public long pid(String component) {
        if (runtime == ServiceRuntime.CONTAINERS && SERVICES.contains(component)) {
            throw new IllegalStateException(component + " runs as a container: no PID file (the fault scenarios need processes)");
        }
        Path file = runDir().resolve(component + ".pid");
        try {
            long pid = Long.parseLong(Files.readString(file).strip().split("\\s+")[0]);
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid)
                    .orElseThrow(() -> new IllegalStateException(component + " (pid " + pid + ") is not running"));
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("no PID file for " + component + " at " + file, e);
        }
    }

    /** SIGKILL, as a crash: no shutdown hook, no commit of consumer offsets. */
    public void kill(String service) {
        long pid = pid(service);
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        require(run(Map.of(), "kill", "-KILL", Long.toString(pid)), "kill -KILL " + pid);
        process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
    }

    public Path runDir() {
        String configured = System.getenv("NEWSROOM_RUN_DIR");
        return configured == null || configured.isBlank() ? root.resolve(".run") : Path.of(configured);
    }

    public Path log(String component) {
        return runDir().resolve("logs").resolve(component + ".log");
    }

    private static String[] withArgs(String script, String action, String... names) {
        List<String> command = new ArrayList<>(List.of(script, action));
        command.addAll(List.of(names));
        return command.toArray(String[]::new);
    }

    private int quietly(String... command) {
        return run(new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD), Map.of());
    }

    private int run(Map<String, String> environment, String... command) {
        return run(new ProcessBuilder(command).inheritIO(), environment);
    }

    private int run(ProcessBuilder builder, Map<String, String> environment) {
        List<String> command = builder.command();
        builder.directory(root.toFile()).environment().putAll(environment);
        try {
            Process process = builder.start();
            if (!process.waitFor(SCRIPT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroy();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within " + SCRIPT_TIMEOUT);
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", command) + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void require(int exitCode, String what) {
        if (exitCode != 0) {
            throw new IllegalStateException(what + " failed with exit code " + exitCode);
        }
    }
}
