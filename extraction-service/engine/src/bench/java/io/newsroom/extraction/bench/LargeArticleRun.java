package io.newsroom.extraction.bench;

import io.newsroom.extraction.engine.ExtractionEngine;
import io.newsroom.extraction.engine.ExtractionRequest;
import io.newsroom.extraction.engine.json.ExtractionDocumentWriter;
import io.newsroom.extraction.engine.model.ExtractionDocument;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.Random;

/**
 * A program bin/bench runs in a JVM of its own with a small heap ({@code -Xmx256m}): one generated article of
 * {@value #SIZE} characters naming some sixty people, plain text or HTML, through the engine and the JSON writer, as bin/extract does. It prints
 * the outcome and the heap it needed, or the stage that ran out of memory; the exit status is 1 when it did not fit.
 * usage: LargeArticleRun plain|html
 */
public final class LargeArticleRun {

    static final int SIZE = 5 * 1024 * 1024;

    public static void main(String[] args) {
        boolean html = args.length > 0 && args[0].equals("html");
        String[] crowd = GeneratedNews.crowd();
        String content = html ? GeneratedNews.htmlPage(new Random(5), SIZE, crowd)
                : GeneratedNews.plainArticle(new Random(5), SIZE, crowd);
        String kind = html ? "HTML page" : "plain text";
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        try {
            ExtractionDocument document = new ExtractionEngine().extract(new ExtractionRequest("large-" + kind,
                    content, html ? "text/html" : "text/plain", "2025-05-20"));
            int json = ExtractionDocumentWriter.toJson(document).length();
            System.out.printf(Locale.ROOT, "%.1f MiB %s in a %d MB heap: ok, %d entities, %d quotes, %d dates, "
                            + "%.1f MB of JSON, %d warnings, %.1f s CPU, peak heap used %.0f MB%n",
                    content.length() / 1048576.0, kind, Runtime.getRuntime().maxMemory() >> 20,
                    document.entities().size(), document.quotes().size(), document.dates().size(), json / 1e6,
                    document.warnings().size(), (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9,
                    peakHeap() / 1048576.0);
        } catch (OutOfMemoryError e) {
            StackTraceElement where = null;
            for (StackTraceElement frame : e.getStackTrace()) {
                if (frame.getClassName().startsWith("io.newsroom.extraction.engine.")) {
                    where = frame;
                    break;
                }
            }
            System.out.printf(Locale.ROOT, "%.1f MiB %s in a %d MB heap: OUT OF MEMORY at %s%n",
                    content.length() / 1048576.0, kind, Runtime.getRuntime().maxMemory() >> 20, where);
            System.exit(1);
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
