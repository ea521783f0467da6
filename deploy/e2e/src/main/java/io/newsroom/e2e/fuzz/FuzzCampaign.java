package io.newsroom.e2e.fuzz;

import io.newsroom.e2e.client.TokenSource;
import io.newsroom.e2e.client.TokenSource.Partner;
import io.newsroom.e2e.config.SuiteAddresses;
import io.newsroom.e2e.fuzz.HostileRequest.Target;
import io.newsroom.e2e.repository.ArticleLedger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Sends generated hostile requests to the gateway and straight to the services, and counts what came back.
 * Run by FuzzIT (which asserts) and by bin/newsroom fuzz (which prints).
 */
public final class FuzzCampaign {

    public record Report(int sent, Map<String, Map<String, Long>> byTarget, long serverErrors, long refusals,
                         long refusalsNotProblem, long transportFailures, long unexpectedlyAccepted, long acceptedHostile,
                         long storedByRun, long rowsBefore, long rowsAfter, Map<String, Integer> healthAfter,
                         List<String> examples) {
    }

    private final SuiteAddresses addresses;
    private final TokenSource tokens;
    private final ArticleLedger ledger;

    public FuzzCampaign(SuiteAddresses addresses) {
        this.addresses = addresses;
        this.tokens = new TokenSource(addresses.tokenEndpoint());
        this.ledger = new ArticleLedger(addresses.databaseUrl());
    }

    public Report run(int requests, int threads, long seed) throws InterruptedException {
        String marker = "fuzz" + Long.toString(Math.abs(seed), 36);
        AtomicInteger rotation = new AtomicInteger();
        Partner[] gatewayCallers = {Partner.ACME, Partner.GLOBEX, Partner.ADMIN};
        Map<Target, Supplier<String>> bearer = new EnumMap<>(Target.class);
        bearer.put(Target.GATEWAY, () -> tokens.token(gatewayCallers[rotation.getAndIncrement() % gatewayCallers.length]));
        bearer.put(Target.ARTICLE_SERVICE, () -> tokens.token(Partner.ACME));
        bearer.put(Target.EXTRACTION_SERVICE, () -> tokens.token(Partner.ACME));
        HostileRequests generator = new HostileRequests(seed, marker, bearer);

        long rowsBefore = ledger.articleRows();
        Map<String, Map<String, LongAdder>> counts = new ConcurrentHashMap<>();
        LongAdder serverErrors = new LongAdder();
        LongAdder refusals = new LongAdder();
        LongAdder notProblem = new LongAdder();
        LongAdder transport = new LongAdder();
        LongAdder unexpected = new LongAdder();
        LongAdder acceptedHostile = new LongAdder();
        List<String> examples = Collections.synchronizedList(new ArrayList<>());
        ExecutorService senders = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < requests; i++) {
            HostileRequest request;
            synchronized (generator) {
                request = generator.next(i);
            }
            senders.submit(() -> {
                String outcome;
                try {
                    byte[] head = request.raw() != null ? request.raw()
                            : RawHttp.head(request.method(), request.path(), request.headers(), request.body().length);
                    RawHttp.Answer answer = RawHttp.send("127.0.0.1", request.target().port, head, request.body());
                    int status = answer.status();
                    String type = answer.header("content-type");
                    boolean problem = type != null && type.startsWith("application/problem+json") && answer.bodyText().contains("\"status\"");
                    outcome = status >= 400 ? status / 100 + "xx " + (problem ? "problem" : "NOT problem") : status / 100 + "xx";
                    if (status >= 500) {
                        serverErrors.increment();
                    }
                    if (status >= 400) {
                        refusals.increment();
                        if (!problem) {
                            notProblem.increment();
                        }
                    } else if (status >= 200 && status < 300 && request.method().equals("POST")
                            && request.path().startsWith("/api/v1/articles")) {
                        if (request.mayBeStored()) {
                            acceptedHostile.increment();
                        } else {
                            unexpected.increment();
                            outcome = "2xx MALFORMED ACCEPTED";
                        }
                    }
                    if (status >= 500 || (status >= 400 && !problem) || outcome.contains("MALFORMED")) {
                        example(examples, request, status + " (" + type + ") " + abbreviated(answer.bodyText()));
                    }
                } catch (IOException | RuntimeException e) {
                    outcome = "no answer";
                    transport.increment();
                    example(examples, request, "no answer: " + e);
                }
                counts.computeIfAbsent(request.target().name() + " | " + request.kind(), k -> new ConcurrentHashMap<>())
                        .computeIfAbsent(outcome, k -> new LongAdder()).increment();
            });
        }
        senders.shutdown();
        if (!senders.awaitTermination(30, TimeUnit.MINUTES)) {
            throw new IllegalStateException("fuzz campaign did not finish within 30 minutes");
        }
        Map<String, Map<String, Long>> byTarget = new TreeMap<>();
        counts.forEach((target, outcomes) -> {
            Map<String, Long> sorted = new TreeMap<>();
            outcomes.forEach((outcome, count) -> sorted.put(outcome, count.sum()));
            byTarget.put(target, sorted);
        });
        return new Report(requests, byTarget, serverErrors.sum(), refusals.sum(), notProblem.sum(), transport.sum(),
                unexpected.sum(), acceptedHostile.sum(), ledger.articlesContaining(marker), rowsBefore, ledger.articleRows(),
                health(), List.copyOf(examples));
    }

    public static String render(Report report) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%nFuzz campaign: %d requests%n", report.sent()));
        out.append("  | target | kind | outcomes |\n");
        report.byTarget().forEach((target, outcomes) ->
                out.append(String.format("  | %s | %s |%n", target.replace(" | ", " | "), outcomes)));
        out.append(String.format("  responses 5xx                              %7d%n", report.serverErrors()));
        out.append(String.format("  refusals (4xx/5xx)                         %7d%n", report.refusals()));
        out.append(String.format("  refusals not problem+json                  %7d%n", report.refusalsNotProblem()));
        out.append(String.format("  no answer (connection closed/timeout)      %7d%n", report.transportFailures()));
        out.append(String.format("  malformed requests accepted                %7d%n", report.unexpectedlyAccepted()));
        out.append(String.format("  hostile but well-formed HTML stored (2xx)  %7d%n", report.acceptedHostile()));
        out.append(String.format("  articles stored carrying the run's marker  %7d%n", report.storedByRun()));
        out.append(String.format("  article rows before / after                %7d / %d%n", report.rowsBefore(), report.rowsAfter()));
        out.append(String.format("  readiness afterwards                       %s%n", report.healthAfter()));
        if (!report.examples().isEmpty()) {
            out.append("  examples:\n");
            report.examples().forEach(example -> out.append("    ").append(example).append('\n'));
        }
        return out.toString();
    }

    private Map<String, Integer> health() {
        HttpClient http = HttpClient.newHttpClient();
        Map<String, Integer> health = new TreeMap<>();
        for (var service : Map.of("gateway", addresses.gateway(), "article-service", addresses.articleService(),
                "extraction-service", addresses.extractionService()).entrySet()) {
            try {
                health.put(service.getKey(), http.send(HttpRequest.newBuilder(URI.create(service.getValue() + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode());
            } catch (IOException e) {
                health.put(service.getKey(), -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                health.put(service.getKey(), -1);
            }
        }
        return health;
    }

    // a few examples of each kind of bad outcome per target and request kind
    private static void example(List<String> examples, HostileRequest request, String what) {
        String key = request.target() + " " + request.kind() + " " + what.substring(0, Math.min(3, what.length()));
        if (examples.stream().filter(e -> e.startsWith(key)).count() < 3 && examples.size() < 60) {
            examples.add(key + " | " + request.method() + " " + abbreviated(request.path()) + " -> " + what);
        }
    }

    private static String abbreviated(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }

    public static void main(String[] args) throws InterruptedException {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Report report = new FuzzCampaign(SuiteAddresses.local()).run(requests, 4, System.nanoTime());
        System.out.println(render(report));
    }
}
