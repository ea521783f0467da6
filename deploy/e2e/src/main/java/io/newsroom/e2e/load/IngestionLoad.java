package io.newsroom.e2e.load;

import io.newsroom.e2e.client.ApiResponse;
import io.newsroom.e2e.client.GatewayClient;
import io.newsroom.e2e.client.TokenSource;
import io.newsroom.e2e.client.TokenSource.Partner;
import io.newsroom.e2e.config.SuiteAddresses;
import io.newsroom.e2e.local.LocalSuite;
import io.newsroom.e2e.messaging.SuiteTopics;
import io.newsroom.e2e.newswire.NewsStory;
import io.newsroom.e2e.newswire.SyntheticNewsWire;
import io.newsroom.e2e.repository.ArticleLedger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Load generator (prints figures, asserts nothing): sustained ingestion through the gateway at fixed rates, then read
 * load through the gateway and straight to article-service. Usage: IngestionLoad [--hog] [RATES=50,100,200|none]
 * [SECONDS=60] [READ_SECONDS=30]; with "none" the reads go to the newest stored articles. With {@code --hog} a busy
 * loop pinned to the last core runs for the whole ingestion, to show how the pipeline degrades when a core is taken.
 * The topics and consumer groups whose lag is sampled are the suite's unless NEWSROOM_TOPICS_SUBMITTED,
 * NEWSROOM_TOPICS_EXTRACTED, NEWSROOM_EXTRACTION_GROUP or NEWSROOM_ARTICLE_GROUP name another copy's (infra.sh instance).
 */
public final class IngestionLoad {

    private static final Partner[] WRITERS = {Partner.ACME, Partner.GLOBEX};
    private static final Partner[] READERS = {Partner.ACME, Partner.GLOBEX, Partner.READER_ACME};
    private static final Duration DRAIN = Duration.ofMinutes(3);

    private record Submitted(UUID id, Partner partner, Instant sentAt) {
    }

    private record Sample(Map<String, ProcessSampler.Usage> usage, long submittedLag, long extractedLag) {
    }

    /** What one rate's phase measured, for the targets table. */
    private record Phase(int rate, double acceptedPerSecond, int accepted, int extracted, Percentiles endToEnd,
                         Map<Partner, Long> tooManyRequests, double articleServiceCpuMillis, double drainSeconds) {

        /** Offered rate accepted (within 5 %), and every accepted article extracted soon after the last was sent. */
        boolean sustained() {
            return acceptedPerSecond >= 0.95 * rate && extracted == accepted && drainSeconds <= SUSTAINED_DRAIN_SECONDS;
        }
    }

    /** A lag the pipeline works off within this many seconds of the last submission counts as bounded. */
    private static final double SUSTAINED_DRAIN_SECONDS = 10;

    private static final String SUBMITTED_TOPIC = setting("NEWSROOM_TOPICS_SUBMITTED", SuiteTopics.SUBMITTED);
    private static final String EXTRACTED_TOPIC = setting("NEWSROOM_TOPICS_EXTRACTED", SuiteTopics.EXTRACTED);
    private static final String EXTRACTION_GROUP = setting("NEWSROOM_EXTRACTION_GROUP", SuiteTopics.EXTRACTION_GROUP);
    private static final String ARTICLE_GROUP = setting("NEWSROOM_ARTICLE_GROUP", "article-service");

    private final SuiteAddresses addresses = SuiteAddresses.local();
    private final GatewayClient gateway = new GatewayClient(addresses.gateway(), new TokenSource(addresses.tokenEndpoint()));
    private final ArticleLedger ledger = new ArticleLedger(addresses.databaseUrl());
    private final SuiteTopics topics = new SuiteTopics(addresses.kafkaBootstrap());
    private final ProcessSampler sampler = new ProcessSampler(new LocalSuite(addresses.projectRoot()).runDir());
    private final List<String> ingestionRows = new ArrayList<>();
    private final List<String> resourceRows = new ArrayList<>();
    private final List<Submitted> everything = Collections.synchronizedList(new ArrayList<>());
    private final List<Phase> phases = new ArrayList<>();
    /** Said in the tables' headers: "" or "; one core taken by a busy loop ..." (--hog). */
    private String hogged = "";

    public static void main(String[] arguments) throws InterruptedException {
        List<String> options = new ArrayList<>(List.of(arguments));
        boolean hog = options.remove("--hog");
        String[] args = options.toArray(String[]::new);
        String[] rates = (args.length > 0 ? args[0] : "50,100,200").split(",");
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int readSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        IngestionLoad load = new IngestionLoad();
        if (!rates[0].equals("none")) {
            try (CoreHog started = hog ? CoreHog.start() : null) {
                load.hogged = started == null ? "" : "; " + started.describe();
                for (String rate : rates) {
                    load.ingest(Integer.parseInt(rate.strip()), seconds);
                }
            }
            load.printIngestion();
        } else {
            load.ledger.newestArticles(20_000).forEach((id, tenant) -> load.everything.add(
                    new Submitted(id, tenant.equals("acme") ? Partner.ACME : Partner.GLOBEX, Instant.now())));
        }
        load.read(readSeconds, "through the gateway", load.gateway);
        load.read(readSeconds, "straight to article-service (no gateway, no quota)",
                new GatewayClient(load.addresses.articleService(), load.gateway.tokens()));
        System.exit(0);
    }

    private void ingest(int rate, int seconds) throws InterruptedException {
        System.out.printf("ingesting %d articles/s for %d s ...%n", rate, seconds);
        SyntheticNewsWire wire = new SyntheticNewsWire(System.nanoTime());
        int count = rate * seconds;
        List<NewsStory> stories = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            stories.add(wire.next());
        }
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        Map<Partner, LongAdder> tooManyRequests = new ConcurrentHashMap<>();
        List<Double> submitMillis = Collections.synchronizedList(new ArrayList<>());
        List<Submitted> submitted = Collections.synchronizedList(new ArrayList<>());
        List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (sampling.get()) {
                samples.add(sample());
                GatewayClient.pause(Duration.ofSeconds(1));
            }
        });
        ExecutorService senders = Executors.newFixedThreadPool(64);
        // the partners' own token requests to Keycloak are not the pipeline's latency: fetched before the clock starts
        for (Partner writer : WRITERS) {
            gateway.tokens().prepare(writer, Duration.ofSeconds(seconds + 30));
        }
        long origin = System.nanoTime();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        for (int i = 0; i < count; i++) {
            long due = origin + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            NewsStory story = stories.get(i);
            Partner partner = WRITERS[i % WRITERS.length];
            senders.submit(() -> {
                Instant sentAt = Instant.now();
                long start = System.nanoTime();
                ApiResponse response;
                try {
                    response = gateway.submit(partner, GatewayClient.submission(story.content(), "text/plain",
                            story.externalId(), story.publishedAt()));
                } catch (RuntimeException e) {
                    statuses.computeIfAbsent(-1, k -> new LongAdder()).increment();
                    return;
                }
                submitMillis.add((System.nanoTime() - start) / 1e6);
                statuses.computeIfAbsent(response.status(), k -> new LongAdder()).increment();
                if (response.status() == 429) {
                    tooManyRequests.computeIfAbsent(partner, k -> new LongAdder()).increment();
                }
                if (response.status() == 201) {
                    submitted.add(new Submitted(UUID.fromString(response.json().path("id").asText()), partner, sentAt));
                }
            });
        }
        double offeredSeconds = (System.nanoTime() - origin) / 1e9;
        senders.shutdown();
        senders.awaitTermination(5, TimeUnit.MINUTES);
        double acceptedSeconds = (System.nanoTime() - origin) / 1e9;

        List<UUID> ids = submitted.stream().map(Submitted::id).toList();
        Instant drainDeadline = Instant.now().plus(DRAIN);
        Map<String, Instant> extractedAt = ledger.extractedAt(ids);
        while (extractedAt.size() < ids.size() && Instant.now().isBefore(drainDeadline)) {
            GatewayClient.pause(Duration.ofSeconds(2));
            extractedAt = ledger.extractedAt(ids);
        }
        double totalSeconds = (System.nanoTime() - origin) / 1e9;
        sampling.set(false);
        sampler.join();
        everything.addAll(submitted);

        List<Double> endToEnd = new ArrayList<>();
        for (Submitted article : submitted) {
            Instant done = extractedAt.get(article.id().toString());
            if (done != null) {
                endToEnd.add(Duration.between(article.sentAt(), done).toNanos() / 1e6);
            }
        }
        Percentiles submit = Percentiles.of(submitMillis);
        Percentiles extracted = Percentiles.of(endToEnd);
        long maxSubmittedLag = samples.stream().mapToLong(Sample::submittedLag).max().orElse(-1);
        long maxExtractedLag = samples.stream().mapToLong(Sample::extractedLag).max().orElse(-1);
        Map<Integer, Long> statusCounts = new java.util.TreeMap<>();
        statuses.forEach((status, n) -> statusCounts.put(status, n.sum()));
        ingestionRows.add(String.format("| %4d | %5d | %7.1f | %s | %7.0f | %7.0f | %6d/%d | %8.0f | %8.0f | %6d | %6d |",
                rate, count, submitted.size() / acceptedSeconds, statusCounts, submit.p50(), submit.p99(), extractedAt.size(),
                submitted.size(), extracted.p50(), extracted.p99(), maxSubmittedLag, maxExtractedLag));
        double articleServiceCpu = addResourceRows(rate, samples, totalSeconds, extractedAt.size());
        Map<Partner, Long> refusedForQuota = new LinkedHashMap<>();
        for (Partner writer : WRITERS) {
            refusedForQuota.put(writer, tooManyRequests.getOrDefault(writer, new LongAdder()).sum());
        }
        phases.add(new Phase(rate, submitted.size() / acceptedSeconds, submitted.size(), extractedAt.size(), extracted,
                refusedForQuota, articleServiceCpu, totalSeconds - acceptedSeconds));
        System.out.printf("  offered in %.1f s, accepted in %.1f s, drained in %.1f s%n", offeredSeconds, acceptedSeconds, totalSeconds);
    }

    private Sample sample() {
        Map<String, ProcessSampler.Usage> usage = new LinkedHashMap<>();
        sampler.processes().forEach((name, pids) -> usage.put(name, sampler.usage(pids)));
        return new Sample(usage, topics.lag(EXTRACTION_GROUP, SUBMITTED_TOPIC), topics.lag(ARTICLE_GROUP, EXTRACTED_TOPIC));
    }

    /** Adds the phase's rows; returns article-service's CPU ms per extracted article (NaN when not sampled). */
    private double addResourceRows(int rate, List<Sample> samples, double seconds, int extracted) {
        double articleServiceCpu = Double.NaN;
        if (samples.size() < 2) {
            return articleServiceCpu;
        }
        Sample first = samples.get(0);
        Sample last = samples.get(samples.size() - 1);
        for (String name : last.usage().keySet()) {
            ProcessSampler.Usage start = first.usage().get(name);
            ProcessSampler.Usage end = last.usage().get(name);
            if (start == null || end == null) {
                continue;
            }
            long maxRss = samples.stream().map(s -> s.usage().get(name)).filter(java.util.Objects::nonNull)
                    .mapToLong(ProcessSampler.Usage::rssKb).max().orElse(0);
            double cores = ProcessSampler.cores(end.cpuTicks() - start.cpuTicks(), seconds);
            double cpuMillisPerArticle = extracted == 0 ? 0 : cores * seconds * 1000 / extracted;
            resourceRows.add(String.format("| %4d | %-18s | %6.0f %% | %6.2f | %7d |", rate, name, 100 * cores,
                    cpuMillisPerArticle, maxRss / 1024));
            if (name.equals("article-service")) {
                articleServiceCpu = cpuMillisPerArticle;
            }
        }
        return articleServiceCpu;
    }

    private void printIngestion() {
        System.out.println();
        System.out.println("Ingestion through the gateway (partner-acme and partner-globex alternating; latencies in ms"
                + hogged + ")");
        System.out.println("| rate/s | sent | accepted/s | HTTP statuses | submit p50 | submit p99 | extracted | submit->extracted p50 | p99 | max lag articles.submitted (extraction-service) | max lag articles.extracted (article-service) |");
        ingestionRows.forEach(System.out::println);
        System.out.println(quotaOfTheRun());
        System.out.println();
        printTargets();
        System.out.println();
        System.out.println("CPU (100 % = one core, averaged over the phase incl. drain), CPU ms per extracted article, and peak RSS per process"
                + hogged);
        System.out.println("| rate/s | process | CPU | CPU ms/article | RSS MiB |");
        resourceRows.forEach(System.out::println);
    }

    /**
     * The rows of issue 11's targets: p50/p99 at 50/s, p99 and 429s for clients within their quota at 200/s, the
     * highest rate sustained with every article extracted, and article-service's CPU per stored extraction.
     * A 429 counts against the pipeline only for a partner whose share (rate / partners) is within its refill.
     */
    private void printTargets() {
        double refill = quotaRefill();
        System.out.println("Targets (issue 11; figures of a busy machine are not the quiet-machine figures the targets are for"
                + hogged + ")");
        System.out.println("| rate/s | submit->extracted p50 | p99 | target | 429 for partners within quota | CPU ms per stored extraction (article-service, target <= 1) | sustained (all extracted within 10 s of the last submission) |");
        for (Phase phase : phases) {
            String target = phase.rate() <= 50 ? "p50 <= 50, p99 <= 150" : phase.rate() <= 200 ? "p99 <= 500" : "sustained, bounded lag";
            boolean within = phase.rate() / (double) WRITERS.length <= refill;
            long refused = phase.tooManyRequests().values().stream().mapToLong(Long::longValue).sum();
            String quota = within ? refused + (refused == 0 ? " (ok)" : " (target: 0)") : "n/a (" + refused + "; over the quota)";
            String sustained = phase.sustained() ? "yes"
                    : "no (accepted %.1f/s, drained %.0f s after the last submission)".formatted(phase.acceptedPerSecond(),
                    phase.drainSeconds());
            System.out.printf("| %4d | %8.0f | %8.0f | %s | %s | %6.2f | %s |%n", phase.rate(), phase.endToEnd().p50(),
                    phase.endToEnd().p99(), target, quota, phase.articleServiceCpuMillis(), sustained);
        }
        phases.stream().filter(Phase::sustained).mapToInt(Phase::rate).max().ifPresentOrElse(
                best -> System.out.printf("Highest rate sustained in this run: %d articles/s (target >= 500)%n", best),
                () -> System.out.println("Highest rate sustained in this run: none of the rates tried (target >= 500)"));
    }

    /** The partner refill per second the gateway ran with: its environment, else the default of 100. */
    private double quotaRefill() {
        return sampler.environment("gateway", "NEWSROOM_GATEWAY_QUOTA_ROLES_PARTNER_REFILL_PER_SECOND")
                .map(Double::parseDouble).orElse(100.0);
    }

    private static String setting(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Whether the gateway ran with the partner quota raised, read from its process environment. */
    private String quotaOfTheRun() {
        java.util.Optional<String> refill = sampler.environment("gateway", "NEWSROOM_GATEWAY_QUOTA_ROLES_PARTNER_REFILL_PER_SECOND");
        java.util.Optional<String> capacity = sampler.environment("gateway", "NEWSROOM_GATEWAY_QUOTA_ROLES_PARTNER_CAPACITY");
        if (refill.isEmpty() && capacity.isEmpty()) {
            return "Partner quota of the run: not raised (the gateway's defaults, 100 requests/s refill and 200 burst per"
                    + " client); each of the %d partners sends rate/%d per second".formatted(WRITERS.length, WRITERS.length);
        }
        return "Partner quota of the run: raised in the gateway's environment (refill %s/s, capacity %s)"
                .formatted(refill.orElse("default"), capacity.orElse("default"));
    }

    private void read(int seconds, String how, GatewayClient client) throws InterruptedException {
        List<Submitted> articles = List.copyOf(everything);
        if (articles.isEmpty()) {
            System.out.println("no stored articles to read");
            return;
        }
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        int threads = 8;
        ExecutorService readers = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (int t = 0; t < threads; t++) {
            Random random = new Random(t);
            readers.submit(() -> {
                while (System.nanoTime() < end) {
                    Submitted article = articles.get(random.nextInt(articles.size()));
                    Partner reader = article.partner() == Partner.ACME && random.nextBoolean() ? Partner.READER_ACME : article.partner();
                    long start = System.nanoTime();
                    ApiResponse response = client.article(reader, article.id().toString());
                    if (response.status() == 200) {
                        millis.add((System.nanoTime() - start) / 1e6);
                    }
                    statuses.computeIfAbsent(response.status(), k -> new LongAdder()).increment();
                }
            });
        }
        readers.shutdown();
        readers.awaitTermination(seconds + 60, TimeUnit.SECONDS);
        Percentiles latency = Percentiles.of(millis);
        long ok = statuses.getOrDefault(200, new LongAdder()).sum();
        Map<Integer, Long> statusCounts = new java.util.TreeMap<>();
        statuses.forEach((status, n) -> statusCounts.put(status, n.sum()));
        System.out.println();
        System.out.printf("Read load %s: GET /api/v1/articles/{id}, %d closed-loop readers (%s), %d s%n", how, threads,
                List.of(READERS), seconds);
        System.out.println("| HTTP statuses | articles/s served (200) | p50 ms (200 only) | p99 ms (200 only) |");
        System.out.printf("| %s | %.1f | %.1f | %.1f |%n", statusCounts, ok / (double) seconds,
                latency.p50(), latency.p99());
    }
}
