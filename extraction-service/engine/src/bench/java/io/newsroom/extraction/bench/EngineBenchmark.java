package io.newsroom.extraction.bench;

import io.newsroom.extraction.engine.ExtractionEngine;
import io.newsroom.extraction.engine.ExtractionRequest;
import io.newsroom.extraction.engine.Stage;
import io.newsroom.extraction.engine.StageListener;
import io.newsroom.extraction.engine.json.ExtractionDocumentWriter;
import io.newsroom.extraction.engine.text.TokenizedText;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A program that prints the engine's figures on the current thread: throughput (articles and tokens per second),
 * latency percentiles, bytes allocated per article, and how time grows from a 1 KB to a 200 KB HTML page.
 * Inputs are articles generated here (and any plain-text files given as arguments); each run is extract + JSON.
 * Times are the thread's CPU time (the machine is shared, wall time measures the neighbours); wall time is printed too.
 * Beside the engine it times a bare {@code \w+} tokenizing pass over the same texts, the floor any text engine pays,
 * and prints the engine's rate as a share of it; and the peak heap the run needed.
 */
public final class EngineBenchmark {

    /** Counted in runs, not seconds: on a busy machine a timed warm-up leaves the code half compiled. */
    private static final int WARMUP = 2000;
    private static final int MEASURED = 3000;
    private static final Pattern WORD = Pattern.compile("\\w+");

    private final ExtractionEngine engine = new ExtractionEngine();
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws IOException {
        EngineBenchmark bench = new EngineBenchmark();
        List<ExtractionRequest> articles = new ArrayList<>();
        for (String file : args) {
            articles.add(new ExtractionRequest(Path.of(file).getFileName().toString(),
                    Files.readString(Path.of(file), StandardCharsets.UTF_8), "text/plain", null));
        }
        Random random = new Random(42);
        int referenceSize = articles.isEmpty() ? 6000 : articles.get(0).content().length();
        for (int i = 0; i < 20; i++) {
            articles.add(new ExtractionRequest("generated-" + i, GeneratedNews.plainArticle(random, referenceSize),
                    "text/plain", "2025-05-20"));
        }
        System.out.printf(Locale.ROOT, "engine %s, java %s, heap max %d MB, processors %d%n", ExtractionEngine.VERSION,
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        double engineRate = bench.throughput(articles);
        bench.bareTokenizing(articles, engineRate);
        bench.linearity(random);
        bench.heap();
    }

    /** The same texts through nothing but a {@code \w+} matcher, timed the same way. */
    private void bareTokenizing(List<ExtractionRequest> articles, double engineRate) {
        long sink = 0;
        for (int n = 0; n < WARMUP * 5; n++) {
            sink += wordCount(articles.get(n % articles.size()).content());
        }
        int runs = MEASURED * 10;
        long cpuStart = cpuNanos();
        for (int i = 0; i < runs; i++) {
            sink += wordCount(articles.get(i % articles.size()).content());
        }
        double rate = runs / ((cpuNanos() - cpuStart) / 1e9);
        System.out.printf(Locale.ROOT, "bare \\w+ tokenizing pass: %.0f articles/s; the engine runs at %.1f %% of it"
                + " (%d words seen)%n", rate, 100 * engineRate / rate, sink);
    }

    private static long wordCount(String text) {
        Matcher words = WORD.matcher(text);
        long count = 0;
        while (words.find()) {
            count++;
        }
        return count;
    }

    /** The heap's limit and the most any of its pools held during the run (after the collections it needed). */
    private void heap() {
        long peak = 0;
        for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.gc();
        long live = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        System.out.printf(Locale.ROOT, "heap: max %d MB, peak used %.1f MB (sum of pool peaks), live after the run %.1f MB%n",
                Runtime.getRuntime().maxMemory() >> 20, peak / 1048576.0, live / 1048576.0);
    }

    private double throughput(List<ExtractionRequest> articles) {
        long[] tokens = new long[articles.size()];
        long chars = 0;
        for (int i = 0; i < articles.size(); i++) {
            tokens[i] = tokenCount(articles.get(i).content());
            chars += articles.get(i).content().length();
        }
        for (int n = 0; n < WARMUP; n++) {
            run(articles.get(n % articles.size()));
        }
        long[] latencies = new long[MEASURED];
        long tokenTotal = 0;
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        for (int i = 0; i < MEASURED; i++) {
            int which = i % articles.size();
            long t0 = cpuNanos();
            run(articles.get(which));
            latencies[i] = cpuNanos() - t0;
            tokenTotal += tokens[which];
        }
        long wall = System.nanoTime() - start;
        long elapsed = cpuNanos() - cpuStart;
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        Arrays.sort(latencies);
        double seconds = elapsed / 1e9;
        System.out.printf(Locale.ROOT, "inputs: %d articles, mean %d chars, %d tokens (warm-up %d runs)%n",
                articles.size(), chars / articles.size(), Arrays.stream(tokens).sum() / articles.size(), WARMUP);
        System.out.printf(Locale.ROOT, "throughput: %.0f articles/s, %.0f tokens/s (one thread, CPU time; "
                + "wall time %.0f articles/s at load average %.1f)%n", MEASURED / seconds, tokenTotal / seconds,
                MEASURED / (wall / 1e9), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "latency per article: p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                latencies[MEASURED / 2] / 1e6, latencies[MEASURED * 99 / 100] / 1e6, latencies[MEASURED - 1] / 1e6);
        System.out.printf(Locale.ROOT, "allocation per article: %.1f KB%n", allocated / (double) MEASURED / 1024);
        System.out.println("stages, " + articles.get(0).document() + ": " + stageMillis(articles.get(0)));
        return MEASURED / seconds;
    }

    private void linearity(Random random) {
        String small = GeneratedNews.htmlPage(random, 1024);
        String large = GeneratedNews.htmlPage(random, 200 * 1024);
        ExtractionRequest smallRequest = new ExtractionRequest("small.html", small, "text/html", "2025-05-20");
        ExtractionRequest largeRequest = new ExtractionRequest("large.html", large, "text/html", "2025-05-20");
        for (int i = 0; i < 2000; i++) {
            run(smallRequest);
        }
        for (int i = 0; i < 5; i++) {
            run(largeRequest);
        }
        double smallMs = medianMillis(smallRequest, 2001);
        double largeMs = medianMillis(largeRequest, 11);
        System.out.println("stages, large page: " + stageMillis(largeRequest));
        System.out.printf(Locale.ROOT, "linearity: %d-char page %.3f ms, %d-char page %.3f ms, ratio %.1f "
                        + "for %.0fx the size%n", small.length(), smallMs, large.length(), largeMs, largeMs / smallMs,
                large.length() / (double) small.length());
    }

    /** Mean time of each stage over ten runs, to show where a slow input spends it. */
    private String stageMillis(ExtractionRequest request) {
        List<Stage> stages = engine.stages();
        long[] nanos = new long[stages.size()];
        int runs = 10;
        StageListener timer = new StageListener() {
            private long started;

            @Override
            public void started(Stage stage) {
                started = cpuNanos();
            }

            @Override
            public void finished(Stage stage) {
                nanos[stages.indexOf(stage)] += cpuNanos() - started;
            }
        };
        for (int r = 0; r < runs; r++) {
            engine.extract(request, timer);
        }
        StringBuilder out = new StringBuilder();
        for (int s = 0; s < stages.size(); s++) {
            out.append(String.format(Locale.ROOT, "%s %.1f ms, ", stages.get(s).name(), nanos[s] / 1e6 / runs));
        }
        return out.substring(0, out.length() - 2);
    }

    private double medianMillis(ExtractionRequest request, int runs) {
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = cpuNanos();
            run(request);
            times[i] = cpuNanos() - t0;
        }
        Arrays.sort(times);
        return times[runs / 2] / 1e6;
    }

    private long cpuNanos() {
        return threads.getCurrentThreadCpuTime();
    }

    private int run(ExtractionRequest request) {
        return ExtractionDocumentWriter.toJson(engine.extract(request)).length();
    }

    private static long tokenCount(String text) {
        return TokenizedText.of(text).tokens().size();
    }
}
