package io.newsroom.gateway.routing;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Decides which headers cross the gateway, in each direction. */
final class ForwardedHeaders {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "host",
            "content-length");

    // Headers a backend might take as identity or as proxy facts: only the validated token may say who calls.
    private static final Set<String> SPOOFABLE_PREFIXES = Set.of("x-forwarded-", "x-user", "x-tenant", "x-auth",
            "x-client", "x-role", "x-remote-", "x-principal", "x-subject", "x-identity", "x-email", "x-scope",
            "x-real-ip", "x-original-", "x-consumer-", "x-jwt", "x-token", "x-api-key");
    private static final Set<String> SPOOFABLE = Set.of("forwarded", "remote-user", "x-forwarded", "via");

    private ForwardedHeaders() {
    }

    /** The headers for the backend request: the client's minus hop-by-hop and spoofable ones, plus our own forwarding facts. */
    static MultiMap toBackend(HttpServerRequest request, String requestId) {
        MultiMap out = MultiMap.caseInsensitiveMultiMap();
        Set<String> connectionListed = connectionTokens(request.headers());
        request.headers().forEach(header -> {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(name) && !connectionListed.contains(name) && !isSpoofable(name)
                    && !name.equals("x-request-id")) {
                out.add(header.getKey(), header.getValue());
            }
        });
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        String proto = request.scheme();
        String host = request.authority() == null ? null : request.authority().toString();
        out.set("X-Forwarded-For", client);
        out.set("X-Forwarded-Proto", proto);
        StringBuilder forwarded = new StringBuilder("for=\"").append(client).append("\";proto=").append(proto);
        if (host != null) {
            out.set("X-Forwarded-Host", host);
            forwarded.append(";host=\"").append(host).append('"');
        }
        out.set("Forwarded", forwarded.toString());
        out.set("X-Request-Id", requestId);
        return out;
    }

    /** Copies a backend's response headers, minus hop-by-hop ones, onto the client response. */
    static void toClient(MultiMap backend, MultiMap client) {
        Set<String> connectionListed = connectionTokens(backend);
        backend.forEach(header -> {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(name) && !connectionListed.contains(name) && !name.equals("x-request-id")
                    && !name.startsWith("ratelimit-")) {
                client.add(header.getKey(), header.getValue());
            }
        });
    }

    /** A Location on the backend's own address is moved to the address the client called: internal hosts stay inside. */
    static String clientLocation(String location, URI backend, HttpServerRequest request) {
        String origin = backend.getScheme() + "://" + backend.getRawAuthority();
        if (request.authority() == null || !location.startsWith(origin)) {
            return location;
        }
        String rest = location.substring(origin.length());
        if (!rest.isEmpty() && !rest.startsWith("/") && !rest.startsWith("?")) {
            return location;
        }
        return request.scheme() + "://" + request.authority() + rest;
    }

    private static boolean isSpoofable(String name) {
        if (SPOOFABLE.contains(name)) {
            return true;
        }
        if (!name.startsWith("x-")) {
            return false;
        }
        for (String prefix : SPOOFABLE_PREFIXES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> connectionTokens(MultiMap headers) {
        String connection = headers.get("Connection");
        if (connection == null) {
            return Set.of();
        }
        return Arrays.stream(connection.toLowerCase(Locale.ROOT).split(",")).map(String::trim).collect(Collectors.toSet());
    }
}
