package be.ariadne.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client for the screens: keeps cookies, reads the CSRF token from the page, posts forms. */
public final class WebClient {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private String base;
    private String lastCsrf;

    public WebClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The same cookies (session) against another instance. */
    public WebClient withPort(int port) {
        this.base = "http://localhost:" + port;
        return this;
    }

    public CookieManager cookies() {
        return cookies;
    }

    public HttpResponse<String> get(String path) {
        return get(path, Map.of());
    }

    public HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        headers.forEach(b::header);
        HttpResponse<String> r = send(b.build());
        remember(r.body());
        return r;
    }

    /** Posts a form with the CSRF token of the last page fetched (unless {@code withCsrf} is false). */
    public HttpResponse<String> post(String path, Map<String, String> form, boolean withCsrf) {
        Map<String, String> all = new LinkedHashMap<>(form);
        if (withCsrf && lastCsrf != null) all.put("_csrf", lastCsrf);
        String body = all.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        remember(r.body());
        return r;
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        return post(path, form, true);
    }

    /** Signs in through the form; returns the answer to the form post (a redirect). */
    public HttpResponse<String> login(String username, String password) {
        get("/login");
        return post("/login", Map.of("username", username, "password", password));
    }

    private void remember(String body) {
        if (body == null) return;
        Matcher m = CSRF.matcher(body);
        if (m.find()) {
            lastCsrf = m.group(1);
            return;
        }
        Matcher meta = CSRF_META.matcher(body);
        if (meta.find()) lastCsrf = meta.group(1);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
