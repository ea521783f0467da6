package io.newsroom.gateway.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's cookie jar and redirects, kept by hand, signed in to the console through Keycloak's real login form: the
 * gateway and Keycloak are both on 127.0.0.1, so one jar of name to value serves both (each cookie's path is honoured
 * well enough for these paths).
 */
public final class ConsoleBrowser {

    public static final String CSRF_FIELD = "csrf-token";
    private static final Pattern FORM_ACTION = Pattern.compile("action=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"" + CSRF_FIELD + "\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final URI console;
    private HttpResponse<String> signedIn;

    public ConsoleBrowser(URI console) {
        this.console = console;
    }

    /** Signs in through Keycloak's login form, as a browser does; {@link #signedIn()} is the page shown after it. */
    public static ConsoleBrowser signIn(URI console, String user, String password) throws IOException, InterruptedException {
        ConsoleBrowser browser = new ConsoleBrowser(console);
        HttpResponse<String> loginPage = browser.send(get(console));
        Matcher action = FORM_ACTION.matcher(loginPage.body());
        if (!action.find()) {
            throw new IllegalStateException("no login form: " + loginPage.body());
        }
        browser.signedIn = browser.send(form(URI.create(action.group(1).replace("&amp;", "&")),
                "username=" + user + "&password=" + password));
        return browser;
    }

    public HttpResponse<String> signedIn() {
        return signedIn;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(get(console.resolve(path)));
    }

    /** Posts a form as the page at {@code formPage} does: with the CSRF token of that page's form. */
    public HttpResponse<String> submit(String formPage, String action, String... fields) throws IOException, InterruptedException {
        HttpResponse<String> page = get(formPage);
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF field on " + formPage + ": " + page.body());
        }
        List<String> all = new ArrayList<>(List.of(fields));
        all.add(CSRF_FIELD);
        all.add(token.group(1));
        return post(action, all.toArray(String[]::new));
    }

    /** Posts the fields (name, value, name, value...) as they are: no CSRF token unless named. */
    public HttpResponse<String> post(String action, String... fields) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return send(form(console.resolve(action), body.isEmpty() ? "x=1" : body.toString()));
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpRequest current = request;
        for (int hop = 0; hop < 10; hop++) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(current.uri())
                    .method(current.method(), current.bodyPublisher().orElse(HttpRequest.BodyPublishers.noBody()));
            current.headers().map().forEach((name, values) -> values.forEach(v -> builder.header(name, v)));
            if (!cookies.isEmpty()) {
                builder.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
            }
            HttpResponse<String> answer = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : answer.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).trim();
                String value = pair.substring(eq + 1).trim();
                if (value.isEmpty() || set.toLowerCase().contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            if (answer.statusCode() < 300 || answer.statusCode() >= 400 || answer.headers().firstValue("Location").isEmpty()) {
                return answer;
            }
            current = HttpRequest.newBuilder(current.uri().resolve(answer.headers().firstValue("Location").get())).GET().build();
        }
        throw new IllegalStateException("too many redirects from " + request.uri());
    }

    public static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).GET().build();
    }

    public static HttpRequest form(URI uri, String body) {
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
