package io.newsroom.gateway.console;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.UUID;

/**
 * The signed-in admin of a console request: the name shown on the pages, and the session's access token, with which
 * the pages call the backends, as the admin API does with its caller's bearer token.
 */
@RequestScoped
public class ConsoleSession {

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Inject
    AccessTokenCredential accessToken;

    private final String requestId = "console-" + UUID.randomUUID();

    public String user() {
        String name = idToken.getClaim("preferred_username");
        return name != null ? name : idToken.getSubject();
    }

    public String authorization() {
        return "Bearer " + accessToken.getToken();
    }

    public String requestId() {
        return requestId;
    }
}
