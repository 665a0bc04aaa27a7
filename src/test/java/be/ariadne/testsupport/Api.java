package be.ariadne.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for API tests against the running application (real port, real filters). */
public final class Api {
    public static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    public record Answer(int status, String body, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** Signs in through the token endpoint and returns the bearer token. */
    public String token(String username, String password) {
        Answer a = send("POST", "/api/v1/tokens", null, JSON.writeValueAsString(Map.of("username", username, "password", password)), Map.of());
        if (a.status() != 201) throw new IllegalStateException("token for " + username + ": " + a.status() + " " + a.body());
        return a.json().path("token").asString();
    }

    public Answer get(String path, String token) {
        return send("GET", path, token, null, Map.of());
    }

    public Answer get(String path, String token, Map<String, String> headers) {
        return send("GET", path, token, null, headers);
    }

    public Answer post(String path, String token, Object body) {
        return send("POST", path, token, body instanceof String s ? s : JSON.writeValueAsString(body), Map.of());
    }

    public Answer post(String path, String token, Object body, Map<String, String> headers) {
        return send("POST", path, token, body instanceof String s ? s : JSON.writeValueAsString(body), headers);
    }

    public Answer put(String path, String token, Object body) {
        return send("PUT", path, token, body instanceof String s ? s : JSON.writeValueAsString(body), Map.of());
    }

    public Answer delete(String path, String token) {
        return send("DELETE", path, token, null, Map.of());
    }

    public Answer send(String method, String path, String token, String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (token != null) b.header("Authorization", "Bearer " + token);
        if (body != null && !headers.containsKey("Content-Type")) b.header("Content-Type", "application/json");
        headers.forEach(b::header);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
