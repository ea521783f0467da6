package io.newsroom.e2e.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** CPU time and resident memory of the suite's processes, read from /proc. */
final class ProcessSampler {

    private static final long TICKS_PER_SECOND = 100;

    record Usage(long cpuTicks, long rssKb) {
    }

    private final Path runDir;

    ProcessSampler(Path runDir) {
        this.runDir = runDir;
    }

    /** Component name to its processes: PID files of services.sh / infra.sh, postgres by process name. */
    Map<String, List<Long>> processes() {
        Map<String, List<Long>> processes = new LinkedHashMap<>();
        for (String name : List.of("gateway", "article-service", "extraction-service", "kafka", "keycloak")) {
            List<Long> pids = new ArrayList<>();
            pidFromFile(name).ifPresent(pid -> {
                pids.add(pid);
                pids.addAll(children(pid));
            });
            if (!pids.isEmpty()) {
                processes.put(name, pids);
            }
        }
        List<Long> postgres = byName("postgres");
        if (!postgres.isEmpty()) {
            processes.put("postgres", postgres);
        }
        return processes;
    }

    Usage usage(List<Long> pids) {
        long ticks = 0;
        long rss = 0;
        for (long pid : pids) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        rss += Long.parseLong(line.replaceAll("[^0-9]", ""));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the process ended between listing and reading
            }
        }
        return new Usage(ticks, rss);
    }

    /** A variable of a component's process environment (the process of its PID file, then its children), if set. */
    java.util.Optional<String> environment(String name, String variable) {
        List<Long> pids = new ArrayList<>();
        pidFromFile(name).ifPresent(pid -> {
            pids.add(pid);
            pids.addAll(children(pid));
        });
        for (long pid : pids) {
            try {
                String prefix = variable + "=";
                for (String entry : Files.readString(Path.of("/proc", Long.toString(pid), "environ")).split("\0")) {
                    if (entry.startsWith(prefix)) {
                        return java.util.Optional.of(entry.substring(prefix.length()));
                    }
                }
            } catch (IOException e) {
                // the process ended or is not ours to read: try the next one
            }
        }
        return java.util.Optional.empty();
    }

    static double cores(long ticks, double seconds) {
        return ticks / (double) TICKS_PER_SECOND / seconds;
    }

    private java.util.Optional<Long> pidFromFile(String name) {
        try {
            long pid = Long.parseLong(Files.readString(runDir.resolve(name + ".pid")).strip().split("\\s+")[0]);
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
        } catch (IOException | NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static List<Long> children(long pid) {
        return ProcessHandle.of(pid).map(p -> p.descendants().map(ProcessHandle::pid).toList()).orElse(List.of());
    }

    private static List<Long> byName(String comm) {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> {
                        try {
                            return Files.readString(p.resolve("comm")).strip().equals(comm);
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .map(p -> Long.parseLong(p.getFileName().toString())).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
