package io.newsroom.e2e.faults;

import io.newsroom.e2e.RunningSuite;
import io.newsroom.e2e.client.ApiResponse;
import io.newsroom.e2e.client.GatewayClient;
import io.newsroom.e2e.client.TokenSource.Partner;
import io.newsroom.e2e.newswire.NewsStory;
import io.newsroom.e2e.newswire.SyntheticNewsWire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static io.newsroom.e2e.RunningSuite.GATEWAY;
import static io.newsroom.e2e.RunningSuite.SUITE;
import static io.newsroom.e2e.RunningSuite.TOKENS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Keycloak stops: tokens issued before keep working until they expire (cached keys), new logins fail cleanly. */
@ExtendWith(RunningSuite.class)
class KeycloakOutageIT {

    @Test
    void existingTokensWorkUntilExpiryAndNewLoginsFail() {
        String token = TOKENS.freshToken(Partner.ACME);
        String shortLived = TOKENS.freshToken(Partner.SHORTLIVED_ACME);
        NewsStory before = new SyntheticNewsWire(System.nanoTime()).next();
        ApiResponse warm = submit(token, before);
        assertEquals(201, warm.status(), warm::toString);
        assertEquals(200, GATEWAY.getWithToken(shortLived, "/api/v1/articles?limit=1").status());

        SUITE.stopInfrastructure("keycloak");
        try {
            assumeTrue(!SUITE.infrastructureUp("keycloak"), "Keycloak was not started by infra.sh here: cannot stop it");

            NewsStory during = new SyntheticNewsWire(System.nanoTime()).next();
            ApiResponse submitted = submit(token, during);
            assertEquals(201, submitted.status(), submitted::toString);
            String id = submitted.json().path("id").asText();
            ApiResponse read = GATEWAY.getWithToken(token, "/api/v1/articles/" + id);
            assertEquals(200, read.status(), read::toString);

            IllegalStateException login = assertThrows(IllegalStateException.class, () -> TOKENS.freshToken(Partner.GLOBEX));
            assertTrue(login.getMessage().contains("unreachable"), login::getMessage);

            ApiResponse unknownKey = GATEWAY.getWithToken(withUnknownKey(token), "/api/v1/articles?limit=1");
            assertEquals(401, unknownKey.status(), unknownKey::toString);
            assertTrue(unknownKey.isProblem(), unknownKey::toString);

            GatewayClient.pause(Duration.ofSeconds(6));
            ApiResponse expired = GATEWAY.getWithToken(shortLived, "/api/v1/articles?limit=1");
            assertEquals(401, expired.status(), expired::toString);
            assertTrue(expired.isProblem(), expired::toString);
        } finally {
            SUITE.startInfrastructure("keycloak");
        }
        assertEquals(200, GATEWAY.getWithToken(TOKENS.freshToken(Partner.GLOBEX), "/api/v1/articles?limit=1").status());
    }

    private static ApiResponse submit(String token, NewsStory story) {
        return GATEWAY.postWithToken(token, "/api/v1/articles",
                GatewayClient.submission(story.content(), "text/plain", story.externalId(), null).toString());
    }

    /** The same claims under a key id the realm never published: the gateway would have to fetch keys it cannot reach. */
    private static String withUnknownKey(String token) {
        String[] parts = token.split("\\.");
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"e2e-unknown-key\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + parts[1] + "." + parts[2];
    }
}
