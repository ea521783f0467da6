package io.newsroom.e2e.admin;

import io.newsroom.e2e.client.ApiResponse;
import io.newsroom.e2e.client.GatewayClient;
import io.newsroom.e2e.client.OnboardedPartner;
import io.newsroom.e2e.client.TokenSource;
import io.newsroom.e2e.client.TokenSource.Partner;
import io.newsroom.e2e.config.SuiteAddresses;
import io.newsroom.e2e.local.LocalSuite;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints how long a disabled or deleted partner's live token keeps working on another gateway replica: per round a
 * partner is onboarded, its token is accepted by both gateways, it is disabled (or deleted) through the first (port
 * 8080), and the second (deploy/local/services.sh's gateway-2, port 8090, started here when down) is asked with the
 * token every few milliseconds until it answers 401. A figure, not a test: the replicas share the revoked clients
 * through Redis. Usage: bin/newsroom revocation [ROUNDS] (default 5 of each).
 */
public final class RevocationAcrossGateways {

    private static final String SECOND = "gateway-2";
    private static final long GIVE_UP_NANOS = 60_000_000_000L;

    private RevocationAcrossGateways() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        SuiteAddresses addresses = SuiteAddresses.local();
        LocalSuite suite = new LocalSuite(addresses.projectRoot());
        TokenSource tokens = new TokenSource(addresses.tokenEndpoint());
        GatewayClient first = new GatewayClient(addresses.gateway(), tokens);
        GatewayClient second = new GatewayClient("http://127.0.0.1:" + System.getProperty("e2e.gateway-2.port", "8090"), tokens);
        boolean started = !suite.serviceUp(SECOND);
        if (started) {
            suite.startServices(SECOND);
        }
        List<String> summary = new ArrayList<>();
        try {
            System.out.printf("revocation across gateways: disable or delete through %s, first 401 on %s%n", first.base(), second.base());
            System.out.println("action   round  answered (s)  first 401 on the other gateway after the answer (s)  after the request (s)  200s after the answer");
            for (String action : List.of("disable", "delete")) {
                List<Double> afterAnswer = new ArrayList<>();
                for (int round = 1; round <= rounds; round++) {
                    afterAnswer.add(round(action, round, first, second, tokens));
                }
                List<Double> sorted = afterAnswer.stream().sorted().toList();
                summary.add(String.format(Locale.ROOT, "revocation across gateways: first 401 after the %s answered, median %.3f s, max %.3f s over %d rounds",
                        action, sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), sorted.size()));
            }
        } finally {
            if (started) {
                suite.stopServices(SECOND);
            }
        }
        summary.forEach(System.out::println);
    }

    private static double round(String action, int round, GatewayClient first, GatewayClient second, TokenSource tokens) {
        OnboardedPartner partner = OnboardedPartner.create(first, "revocation", "RevocationAcrossGateways");
        try {
            String token = partner.token(tokens);
            for (GatewayClient gateway : List.of(first, second)) {
                ApiResponse accepted = gateway.getWithToken(token, "/api/v1/articles");
                if (accepted.status() != 200) {
                    throw new IllegalStateException(gateway.base() + " refuses the new partner's token: " + accepted);
                }
            }
            long requested = System.nanoTime();
            ApiResponse revoked = action.equals("delete") ? first.delete(Partner.ADMIN, partner.path())
                    : first.post(Partner.ADMIN, partner.path() + "/disable", "");
            long answered = System.nanoTime();
            if (!revoked.isSuccess()) {
                throw new IllegalStateException(action + " refused: " + revoked);
            }
            int accepted = 0;
            while (true) {
                ApiResponse answer = second.getWithToken(token, "/api/v1/articles");
                long now = System.nanoTime();
                if (answer.status() == 401) {
                    double afterAnswer = (now - answered) / 1e9;
                    System.out.printf(Locale.ROOT, "%-7s  %5d  %12.3f  %52.3f  %20.3f  %21d%n", action, round, (answered - requested) / 1e9,
                            afterAnswer, (now - requested) / 1e9, accepted);
                    return afterAnswer;
                }
                if (answer.status() != 200 || now - answered > GIVE_UP_NANOS) {
                    throw new IllegalStateException("the other gateway answered " + answer + " "
                            + (now - answered) / 1e9 + " s after the " + action);
                }
                accepted++;
                GatewayClient.pause(Duration.ofMillis(5));
            }
        } finally {
            partner.delete(first);
        }
    }
}
