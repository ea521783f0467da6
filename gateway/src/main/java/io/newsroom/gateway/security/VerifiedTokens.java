package io.newsroom.gateway.security;

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

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Bearer tokens this replica has already verified (signature, issuer, audience, expiry), so that a partner who sends
 * the same token many times pays for the RSA check and the claim parsing once. Verification stays Quarkus OIDC's job:
 * only identities it produced are recorded here (as an augmentor, after it has succeeded), keyed by the exact token
 * text, and an entry lives until the token expires or for at most {@code newsroom.gateway.token-cache.max-age},
 * whichever comes first. The cache is bounded; when it is full, expired entries go first, then everything.
 */
@ApplicationScoped
public class VerifiedTokens implements SecurityIdentityAugmentor {

    /** Identity attributes that belong to the request that verified the token, not to the token. */
    static final String ROUTING_CONTEXT = RoutingContext.class.getName();
    static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();
    /** The attribute Quarkus OIDC names the tenant of an identity with, and the console's web-app tenant. */
    static final String OIDC_TENANT_ATTRIBUTE = "tenant-id";
    public static final String CONSOLE_TENANT = "console";

    private record Entry(SecurityIdentity identity, long expiresAtMillis) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final boolean enabled;
    private final int maxEntries;
    private final long maxAgeMillis;
    private final LongSupplier clock;

    @Inject
    public VerifiedTokens(GatewayConfig config) {
        this(config.tokenCache().enabled(), config.tokenCache().maxEntries(), config.tokenCache().maxAge().toMillis(),
                System::currentTimeMillis);
    }

    VerifiedTokens(boolean enabled, int maxEntries, long maxAgeMillis, LongSupplier clock) {
        this.enabled = enabled;
        this.maxEntries = maxEntries;
        this.maxAgeMillis = maxAgeMillis;
        this.clock = clock;
    }

    /** The identity verified earlier for exactly this token, while the token and the entry are both still valid. */
    public SecurityIdentity find(String token) {
        if (!enabled || token == null) {
            return null;
        }
        Entry entry = entries.get(token);
        if (entry == null) {
            return null;
        }
        if (clock.getAsLong() >= entry.expiresAtMillis) {
            entries.remove(token, entry);
            return null;
        }
        return entry.identity;
    }

    public int size() {
        return entries.size();
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
        if (credential == null || credential.getToken() == null || entries.containsKey(credential.getToken())) {
            return;
        }
        long now = clock.getAsLong();
        long expiresAt = Math.min(jwt.getExpirationTime() * 1000, now + maxAgeMillis);
        if (expiresAt <= now) {
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(entry -> entry.expiresAtMillis <= now);
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(credential.getToken(), new Entry(withoutRequestState(identity), expiresAt));
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
