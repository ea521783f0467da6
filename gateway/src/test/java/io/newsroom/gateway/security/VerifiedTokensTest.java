package io.newsroom.gateway.security;

import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifiedTokensTest {

    private static final long NOW = 1_800_000_000_000L;
    private final AtomicLong clock = new AtomicLong(NOW);

    /** Caffeine's ticker, driven by the same fake clock the token's exp is read against. */
    private final Ticker ticker = () -> TimeUnit.MILLISECONDS.toNanos(clock.get() - NOW);

    private VerifiedTokens cache(int maxEntries, long maxAgeMillis) {
        return new VerifiedTokens(true, maxEntries, maxAgeMillis, clock::get, ticker);
    }

    @Test
    void aVerifiedTokenIsFoundByItsExactTextOnly() {
        VerifiedTokens cache = cache(10, 60_000);
        cache.record(identity("token-a", NOW + 300_000));

        SecurityIdentity found = cache.find("token-a");
        assertNotNull(found);
        assertEquals("partner-acme", found.getPrincipal().getName());
        assertEquals(Set.of("partner"), found.getRoles());
        assertNull(cache.find("token-a "));
        assertNull(cache.find("token-b"));
        assertNull(cache.find(null));
    }

    @Test
    void anEntryEndsWhenTheTokenExpires() {
        VerifiedTokens cache = cache(10, 60_000);
        cache.record(identity("short", NOW + 5_000));

        clock.set(NOW + 4_999);
        assertNotNull(cache.find("short"));
        clock.set(NOW + 5_000);
        assertNull(cache.find("short"));
        assertEquals(0, cache.size());
    }

    @Test
    void anEntryEndsAfterTheMaximumAgeEvenIfTheTokenLivesLonger() {
        VerifiedTokens cache = cache(10, 60_000);
        cache.record(identity("long", NOW + 3_600_000));

        clock.set(NOW + 59_999);
        assertNotNull(cache.find("long"));
        clock.set(NOW + 60_000);
        assertNull(cache.find("long"));
    }

    @Test
    void anAlreadyExpiredTokenIsNotRecorded() {
        VerifiedTokens cache = cache(10, 60_000);
        cache.record(identity("stale", NOW - 1));
        assertNull(cache.find("stale"));
        assertEquals(0, cache.size());
    }

    @Test
    void theRecordedIdentityHoldsNothingOfTheRequestThatVerifiedIt() {
        VerifiedTokens cache = cache(10, 60_000);
        SecurityIdentity verified = QuarkusSecurityIdentity.builder(identity("token-a", NOW + 300_000))
                .addAttribute(VerifiedTokens.ROUTING_CONTEXT, new Object())
                .addAttribute(VerifiedTokens.REQUEST_CONTEXT, new Object())
                .addAttribute("tenant-id", "Default")
                .build();
        cache.record(verified);

        Map<String, Object> attributes = cache.find("token-a").getAttributes();
        assertFalse(attributes.containsKey(VerifiedTokens.ROUTING_CONTEXT));
        assertFalse(attributes.containsKey(VerifiedTokens.REQUEST_CONTEXT));
        assertEquals("Default", attributes.get("tenant-id"));
        assertNotNull(cache.find("token-a").getCredential(AccessTokenCredential.class));
        assertEquals(new Caller("partner-acme", "acme", Set.of("partner")), attributes.get(Caller.ATTRIBUTE),
                "the caller is read from the claims once");
    }

    @Test
    void theCacheStaysWithinItsBound() {
        VerifiedTokens cache = cache(3, 60_000);
        for (int i = 0; i < 50; i++) {
            cache.record(identity("token-" + i, NOW + 300_000));
            assertTrue(cache.size() <= 3, "size " + cache.size() + " after " + (i + 1) + " tokens");
        }
        assertNotNull(cache.find("token-49"));
    }

    @Test
    void eachEntryEndsAtItsOwnTokensExpiry() {
        VerifiedTokens cache = cache(10, 60_000);
        cache.record(identity("first", NOW + 10_000));
        clock.set(NOW + 5_000);
        cache.record(identity("second", NOW + 12_000));

        clock.set(NOW + 9_999);
        assertNotNull(cache.find("first"));
        clock.set(NOW + 10_000);
        assertNull(cache.find("first"), "ends at its exp, not at its recording time plus anything");
        assertNotNull(cache.find("second"));
        clock.set(NOW + 12_000);
        assertNull(cache.find("second"));
    }

    @Test
    void aTokenRecordedAgainKeepsItsExpiry() {
        VerifiedTokens cache = cache(10, 60_000);
        cache.record(identity("token-a", NOW + 5_000));
        clock.set(NOW + 4_000);
        cache.record(identity("token-a", NOW + 5_000));
        assertNotNull(cache.find("token-a"));

        clock.set(NOW + 5_000);
        assertNull(cache.find("token-a"), "neither a read nor a second record extends an entry");
    }

    @Test
    void aFullCacheEvictsEntriesOneByOneInsteadOfEmptying() {
        VerifiedTokens cache = cache(100, 60_000);
        for (int i = 0; i < 101; i++) {
            cache.record(identity("token-" + i, NOW + 300_000));
        }
        assertEquals(100, cache.size());
        assertNotNull(cache.find("token-100"));
        long kept = IntStream.range(0, 100).filter(i -> cache.find("token-" + i) != null).count();
        assertEquals(99, kept, "one entry made room for the new one");
    }

    @Test
    void hitsAndMissesAreCounted() {
        VerifiedTokens cache = cache(10, 60_000);
        cache.record(identity("token-a", NOW + 300_000));
        cache.find("token-a");
        cache.find("token-a");
        cache.find("token-b");

        CacheStats stats = cache.cache().stats();
        assertEquals(2, stats.hitCount());
        assertEquals(1, stats.missCount());
    }

    @Test
    void aRevokedClientsTokenFoundInTheCacheIsStillRefused() {
        VerifiedTokens cache = cache(10, 60_000);
        cache.record(identity("token-a", NOW + 300_000));
        RevokedClients revoked = new RevokedClients("unit:revoked-clients", 360, 1_000, 2, clock::get, null);
        // no Redis here: the revocation holds on this replica, as it does while Redis is away
        revoked.revoke("partner-acme");

        SecurityIdentity found = cache.find("token-a");
        assertNotNull(found, "the cache still holds the token");
        Caller caller = Caller.from(found).orElseThrow();
        long issuedAt = ((Number) ((JsonWebToken) found.getPrincipal()).getClaim("iat")).longValue();
        assertTrue(revoked.refuses(caller.clientId(), issuedAt), "the gate refuses it all the same");
    }

    @Test
    void anonymousAndNonJwtIdentitiesAreNotRecorded() {
        VerifiedTokens cache = cache(10, 60_000);
        cache.record(QuarkusSecurityIdentity.builder().setAnonymous(true).build());
        cache.record(QuarkusSecurityIdentity.builder().setPrincipal(() -> "basic-user")
                .addCredential(new AccessTokenCredential("opaque")).build());
        assertEquals(0, cache.size());
    }

    @Test
    void aDisabledCacheNeverAnswers() {
        VerifiedTokens cache = new VerifiedTokens(false, 10, 60_000, clock::get, ticker);
        cache.record(identity("token-a", NOW + 300_000));
        assertNull(cache.find("token-a"));
    }

    private static SecurityIdentity identity(String token, long expiresAtMillis) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new Jwt(Map.of("azp", "partner-acme", "tenant", "acme",
                        "iat", NOW / 1000 - 1, "exp", expiresAtMillis / 1000)))
                .addRole("partner")
                .addCredential(new AccessTokenCredential(token))
                .build();
    }

    private record Jwt(Map<String, Object> claims) implements JsonWebToken {
        @Override
        public String getName() {
            return (String) claims.get("azp");
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String name) {
            return (T) claims.get(name);
        }
    }
}
