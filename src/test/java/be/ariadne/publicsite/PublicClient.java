package be.ariadne.publicsite;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor of the public site: keeps cookies, reads the CSRF and form tokens of the last page,
 * and comes from its own client address (sent as X-Forwarded-For, which the application honours),
 * so that tests do not share rate limits unless they mean to.
 */
public final class PublicClient {
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private final String base;
    private final String address;
    public String csrf;
    public String formToken;

    public PublicClient(int port) {
        this(port, newAddress());
    }

    public PublicClient(int port, String address) {
        this.base = "http://localhost:" + port;
        this.address = address;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A documentation address (TEST-NET-3) not used by any other visitor of this test run. */
    public static String newAddress() {
        int n = NEXT_ADDRESS.getAndIncrement();
        return "203.0." + (113 + n / 250) + "." + (1 + n % 250);
    }

    public String address() {
        return address;
    }

    public HttpResponse<String> get(String path) {
        return remember(send(HttpRequest.newBuilder(URI.create(base + path)).GET()));
    }

    /** Posts a form with the CSRF and form tokens of the last page (unless the form names its own). */
    public HttpResponse<String> post(String path, Map<String, ?> form) {
        List<String[]> pairs = new ArrayList<>();
        form.forEach((k, v) -> {
            if (v instanceof List<?> l) l.forEach(x -> pairs.add(new String[]{k, String.valueOf(x)}));
            else if (v != null) pairs.add(new String[]{k, String.valueOf(v)});
        });
        if (!form.containsKey("_csrf") && csrf != null) pairs.add(new String[]{"_csrf", csrf});
        if (!form.containsKey("formToken") && formToken != null) pairs.add(new String[]{"formToken", formToken});
        String body = pairs.stream().map(p -> enc(p[0]) + "=" + enc(p[1])).collect(Collectors.joining("&"));
        return remember(send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    public List<HttpCookie> cookies() {
        return cookies.getCookieStore().getCookies();
    }

    public void forgetCookies() {
        cookies.getCookieStore().removeAll();
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        b.header("X-Forwarded-For", address);
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> remember(HttpResponse<String> r) {
        String body = r.body();
        if (body != null) {
            Matcher m = CSRF.matcher(body);
            if (m.find()) csrf = m.group(1);
            Matcher t = FORM_TOKEN.matcher(body);
            if (t.find()) formToken = t.group(1);
        }
        return r;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
