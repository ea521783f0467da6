package io.newsroom.e2e.fuzz;

import java.util.Map;

/**
 * One generated request; mayBeStored marks the hostile but well-formed submissions the API may rightly accept. A request
 * whose framing is the point (a broken request line, a chunked body) is sent as its raw bytes instead.
 */
record HostileRequest(String kind, Target target, String method, String path, Map<String, String> headers, byte[] body,
                      boolean mayBeStored, byte[] raw) {

    HostileRequest(String kind, Target target, String method, String path, Map<String, String> headers, byte[] body,
                   boolean mayBeStored) {
        this(kind, target, method, path, headers, body, mayBeStored, null);
    }

    static HostileRequest raw(String kind, Target target, String method, String path, byte[] raw) {
        return new HostileRequest(kind, target, method, path, Map.of(), new byte[0], false, raw);
    }

    enum Target {
        GATEWAY(8080), ARTICLE_SERVICE(8081), EXTRACTION_SERVICE(8082);

        final int port;

        Target(int port) {
            this.port = port;
        }
    }
}
