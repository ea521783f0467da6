package io.newsroom.gateway.console;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * CSRF protection of every console form (double-submit cookie): a random token in an HttpOnly, SameSite=Strict cookie
 * on /console, the same token in a hidden field of each form ({@code {#csrf /}}, which reads {@code inject:csrf}); a
 * POST whose field does not equal its cookie is refused with 400 before it changes anything. A page from another site
 * can send the cookie but cannot read it, so it cannot fill the field.
 */
@RequestScoped
@Named("csrf")
public class ConsoleCsrf {

    static final String COOKIE = "console-csrf";
    public static final String FIELD = "csrf-token";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    RoutingContext routing;

    private String token;

    public String getParameterName() {
        return FIELD;
    }

    /** The token of this browser's cookie, or a new one, set as the cookie with this answer. */
    public String getToken() {
        if (token == null) {
            Cookie known = routing.request().getCookie(COOKIE);
            if (known != null && known.getValue().matches("[A-Za-z0-9_-]{43}")) {
                token = known.getValue();
            } else {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                routing.response().addCookie(Cookie.cookie(COOKIE, token).setPath("/console").setHttpOnly(true)
                        .setSameSite(CookieSameSite.STRICT).setSecure(routing.request().isSSL() || ConsoleCookies.forceSecure()));
            }
        }
        return token;
    }

    /** Refuses the request (400, nothing done) unless the form's token equals the cookie's. */
    public void verify(String formToken) {
        Cookie cookie = routing.request().getCookie(COOKIE);
        if (formToken == null || cookie == null || !MessageDigest.isEqual(
                formToken.getBytes(StandardCharsets.UTF_8), cookie.getValue().getBytes(StandardCharsets.UTF_8))) {
            throw new WebApplicationException(Response.status(Response.Status.BAD_REQUEST)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Refused</title></head>"
                            + "<body><h1 id=\"csrf-refused\">Refused</h1><p>This form was not sent from a console page "
                            + "(its CSRF token is missing or wrong); nothing was changed. <a href=\"/console\">Back to the "
                            + "console</a></p></body></html>").build());
        }
    }
}
