package io.newsroom.gateway.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifiedTokensTest {

    private static final long NOW = 1_800_000_000_000L;
    private final AtomicLong clock = new AtomicLong(NOW);

    private VerifiedTokens cache(int maxEntries, long maxAgeMillis) {
        return new VerifiedTokens(true, maxEntries, maxAgeMillis, clock::get);
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
    void expiredEntriesMakeRoomBeforeLiveOnesAreDropped() {
        VerifiedTokens cache = cache(2, 60_000);
        cache.record(identity("soon-gone", NOW + 1_000));
        cache.record(identity("live", NOW + 300_000));
        clock.set(NOW + 2_000);
        cache.record(identity("new", NOW + 300_000));

        assertNotNull(cache.find("live"));
        assertNotNull(cache.find("new"));
        assertNull(cache.find("soon-gone"));
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
        VerifiedTokens cache = new VerifiedTokens(false, 10, 60_000, clock::get);
        cache.record(identity("token-a", NOW + 300_000));
        assertNull(cache.find("token-a"));
    }

    private static SecurityIdentity identity(String token, long expiresAtMillis) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new Jwt(Map.of("azp", "partner-acme", "tenant", "acme", "exp", expiresAtMillis / 1000)))
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
