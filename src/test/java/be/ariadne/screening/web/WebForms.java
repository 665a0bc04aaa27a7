package be.ariadne.screening.web;

import be.ariadne.testsupport.WebClient;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts a form with repeated fields (check boxes) in the session of a {@link WebClient}, whose own
 * form map holds one value per name. The CSRF token is read from a page of the same session.
 */
final class WebForms {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private WebForms() {
    }

    /** {@code fields} alternates names and values: "signs", "NO_PAY", "signs", "DEBT_TO_PAY_OFF", … */
    static HttpResponse<String> post(WebClient web, int port, String path, String... fields) {
        Matcher m = CSRF.matcher(web.get("/screening/quick?danger=no").body());
        if (!m.find()) throw new IllegalStateException("no CSRF token: not signed in?");
        List<String> pairs = new ArrayList<>();
        pairs.add("_csrf=" + enc(m.group(1)));
        for (int i = 0; i + 1 < fields.length; i += 2) pairs.add(enc(fields[i]) + "=" + enc(fields[i + 1]));
        HttpClient http = HttpClient.newBuilder().cookieHandler(web.cookies()).followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String[] fields(Map<String, String> single, Map<String, String[]> repeated) {
        List<String> out = new ArrayList<>();
        single.forEach((k, v) -> { out.add(k); out.add(v); });
        repeated.forEach((k, vs) -> { for (String v : vs) { out.add(k); out.add(v); } });
        return out.toArray(String[]::new);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
