package io.newsroom.e2e.fuzz;

import java.util.Map;

/** One generated request; mayBeStored marks the hostile but well-formed submissions the API may rightly accept. */
record HostileRequest(String kind, Target target, String method, String path, Map<String, String> headers, byte[] body,
                      boolean mayBeStored) {

    enum Target {
        GATEWAY(8080), ARTICLE_SERVICE(8081), EXTRACTION_SERVICE(8082);

        final int port;

        Target(int port) {
            this.port = port;
        }
    }
}
