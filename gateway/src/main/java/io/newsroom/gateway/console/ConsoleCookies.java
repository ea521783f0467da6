package io.newsroom.gateway.console;

import org.eclipse.microprofile.config.ConfigProvider;

/** Whether the console's cookies are Secure even on a plain-HTTP request (the gateway behind a TLS proxy). */
final class ConsoleCookies {

    private ConsoleCookies() {
    }

    static boolean forceSecure() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.oidc.console.authentication.cookie-force-secure",
                Boolean.class).orElse(false);
    }
}
