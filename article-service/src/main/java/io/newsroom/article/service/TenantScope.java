package io.newsroom.article.service;

import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller's tenant, taken from the token's `tenant` claim; admins may act on every tenant. */
@RequestScoped
public class TenantScope {

    public static final String ADMIN = "admin";
    public static final String PARTNER = "partner";
    public static final String READER = "reader";
    public static final String TENANT_CLAIM = "tenant";

    @Inject
    SecurityIdentity identity;

    public boolean isAdmin() {
        return identity.hasRole(ADMIN);
    }

    /**
     * The tenant to read from: null (all tenants) or the requested one for admins, the token's tenant otherwise;
     * anyone else naming another tenant is refused (403), never quietly answered for their own.
     */
    public String readableTenant(String requested) {
        if (isAdmin()) {
            return blankToNull(requested != null ? requested : tokenTenant());
        }
        return ownTenant(requested);
    }

    /** The tenant a new article belongs to: the token's, or for an admin without one the requested tenant. */
    public String writableTenant(String requested) {
        if (isAdmin()) {
            String tenant = blankToNull(requested != null ? requested : tokenTenant());
            if (tenant == null) {
                throw ArticleProblem.badRequest("An admin token without a tenant claim must name the tenant (query parameter 'tenant')");
            }
            return tenant;
        }
        return ownTenant(requested);
    }

    private String ownTenant(String requested) {
        String own = requiredTokenTenant();
        String named = blankToNull(requested);
        if (named != null && !named.equals(own)) {
            throw new ArticleProblem(403, "Forbidden", "The token's tenant is '" + own + "': only admins may name "
                    + "another tenant (query parameter 'tenant')");
        }
        return own;
    }

    private String requiredTokenTenant() {
        String tenant = blankToNull(tokenTenant());
        if (tenant == null) {
            throw new ForbiddenException("The token carries no tenant claim");
        }
        return tenant;
    }

    private String tokenTenant() {
        // JsonWebToken.getClaim throws and catches an exception for each claim the MicroProfile names do not list
        if (identity.getPrincipal() instanceof OidcJwtCallerPrincipal token) {
            return text(token.getClaims().getClaimValue(TENANT_CLAIM));
        }
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            return text(token.getClaim(TENANT_CLAIM));
        }
        return null;
    }

    private static String text(Object claim) {
        if (claim instanceof JsonString text) {
            return text.getString();
        }
        return claim == null ? null : claim.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
