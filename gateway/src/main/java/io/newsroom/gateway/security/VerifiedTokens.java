package io.newsroom.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.newsroom.gateway.config.GatewayConfig;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Bearer tokens this replica has already verified (signature, issuer, audience, expiry), so that a partner who sends
 * the same token many times pays for the RSA check and the claim parsing once. Verification stays Quarkus OIDC's job:
 * only identities it produced are recorded here (as an augmentor, after it has succeeded), keyed by the exact token
 * text, and an entry lives until the token expires or for at most {@code newsroom.gateway.token-cache.max-age},
 * whichever comes first. The cache (Caffeine) holds at most {@code max-entries}, evicting the least used beyond it.
 * A token found here still passes the revoked-client check ({@link RevokedClients}) on every request.
 */
@ApplicationScoped
public class VerifiedTokens implements SecurityIdentityAugmentor {

    /** Identity attributes that belong to the request that verified the token, not to the token. */
    static final String ROUTING_CONTEXT = RoutingContext.class.getName();
    static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();
    /** The attribute Quarkus OIDC names the tenant of an identity with, and the console's web-app tenant. */
    static final String OIDC_TENANT_ATTRIBUTE = "tenant-id";
    public static final String CONSOLE_TENANT = "console";

    private record Entry(SecurityIdentity identity, long lifetimeMillis) {
    }

    private final Cache<String, Entry> entries;
    private final boolean enabled;
    private final long maxAgeMillis;
    private final LongSupplier clock;

    @Inject
    public VerifiedTokens(GatewayConfig config) {
        this(config.tokenCache().enabled(), config.tokenCache().maxEntries(), config.tokenCache().maxAge().toMillis(),
                System::currentTimeMillis, Ticker.systemTicker());
    }

    /** {@code clock} (epoch milliseconds) is read against the token's exp; {@code ticker} runs the entries' expiry. */
    VerifiedTokens(boolean enabled, int maxEntries, long maxAgeMillis, LongSupplier clock, Ticker ticker) {
        this.enabled = enabled;
        this.maxAgeMillis = maxAgeMillis;
        this.clock = clock;
        this.entries = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfter(new UntilTheEntryEnds())
                .ticker(ticker)
                // eviction on the calling thread: no pool thread per replica, and the bound holds when put returns
                .executor(Runnable::run)
                .recordStats()
                .build();
    }

    /** Each entry lives for the time left when it was recorded; a read or a second record does not extend it. */
    private static final class UntilTheEntryEnds implements Expiry<String, Entry> {
        @Override
        public long expireAfterCreate(String token, Entry entry, long currentTime) {
            return TimeUnit.MILLISECONDS.toNanos(entry.lifetimeMillis);
        }

        @Override
        public long expireAfterUpdate(String token, Entry entry, long currentTime, long currentDuration) {
            return currentDuration;
        }

        @Override
        public long expireAfterRead(String token, Entry entry, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }

    /** The identity verified earlier for exactly this token, while the token and the entry are both still valid. */
    public SecurityIdentity find(String token) {
        if (!enabled || token == null) {
            return null;
        }
        Entry entry = entries.getIfPresent(token);
        return entry == null ? null : entry.identity;
    }

    /** The cache itself, for its metrics (hits, misses, size, evictions). */
    public Cache<String, ?> cache() {
        return entries;
    }

    public long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    @Override
    public int priority() {
        // after every other augmentor, so the recorded identity is the final one
        return Integer.MIN_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        record(identity);
        return Uni.createFrom().item(identity);
    }

    void record(SecurityIdentity identity) {
        if (!enabled || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || CONSOLE_TENANT.equals(identity.getAttribute(OIDC_TENANT_ATTRIBUTE))) {
            // a console session's identity is its ID token's; bearer calls verify their access token themselves
            return;
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential == null || credential.getToken() == null || entries.asMap().containsKey(credential.getToken())) {
            return;
        }
        long now = clock.getAsLong();
        long lifetime = Math.min(jwt.getExpirationTime() * 1000 - now, maxAgeMillis);
        if (lifetime <= 0) {
            return;
        }
        entries.asMap().putIfAbsent(credential.getToken(), new Entry(withoutRequestState(identity), lifetime));
    }

    /** A copy of the identity that holds nothing of the request that produced it. */
    private static SecurityIdentity withoutRequestState(SecurityIdentity identity) {
        QuarkusSecurityIdentity.Builder copy = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .setAnonymous(false);
        identity.getAttributes().forEach((name, value) -> {
            if (!ROUTING_CONTEXT.equals(name) && !REQUEST_CONTEXT.equals(name)) {
                copy.addAttribute(name, value);
            }
        });
        Caller.from(identity).ifPresent(caller -> copy.addAttribute(Caller.ATTRIBUTE, caller));
        return copy.build();
    }
}
