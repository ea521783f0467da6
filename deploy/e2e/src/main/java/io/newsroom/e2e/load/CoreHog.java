package io.newsroom.e2e.load;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * A busy loop in a process of its own, pinned with {@code taskset} to the machine's last core: the load command's
 * {@code --hog}, which takes one core away from the suite for the run. Closing it stops the process it started.
 */
final class CoreHog implements AutoCloseable {

    private final Process process;
    private final int core;

    private CoreHog(Process process, int core) {
        this.process = process;
        this.core = core;
    }

    static CoreHog start() {
        int core = Runtime.getRuntime().availableProcessors() - 1;
        try {
            Process process = new ProcessBuilder("taskset", "-c", Integer.toString(core), "sh", "-c", "while :; do :; done")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            System.out.printf("hog: a busy loop (pid %d) pinned to core %d for the ingestion%n", process.pid(), core);
            return new CoreHog(process, core);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the busy loop (taskset from util-linux is needed)", e);
        }
    }

    /** For the load tables' headers: which core the run did not have. */
    String describe() {
        return "--hog: core " + core + " of " + Runtime.getRuntime().availableProcessors()
                + " taken by a busy loop (taskset) for the ingestion";
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
