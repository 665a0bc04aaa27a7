package be.ariadne.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.casefile.CaseFactsChanged;
import be.ariadne.testsupport.Api;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Synthetic cases for the privacy tests, built through the case file's API (identity, notes in
 * several compartments, a support objective, legal and minor-protection data, a document), and a
 * record of the events published meanwhile.
 */
@Component
class PrivacyFixtures {
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    final List<CaseFactsChanged> factsChanged = new CopyOnWriteArrayList<>();
    final List<CaseCompartmentsErased> erasedEvents = new CopyOnWriteArrayList<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    @EventListener
    void on(CaseFactsChanged e) {
        factsChanged.add(e);
    }

    @EventListener
    void on(CaseCompartmentsErased e) {
        erasedEvents.add(e);
    }

    String token(Api api, String username) {
        return tokens.computeIfAbsent(username, u -> api.token(u, "demo"));
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase();
    }

    /** The synthetic person of a case. */
    record Person(String code, String firstName, String lastName, String phone, String document) {
    }

    /** A PAG-ASA case registered on {@code registered}, with data in every compartment the case worker writes; closed on {@code closedOn} if given. */
    Person rich(Api api, int port, LocalDate registered, LocalDate closedOn) {
        String cw = token(api, "caseworker");
        String last = "Erasova" + unique("x");
        String first = "Zoë";
        String phone = "0470 " + (100000 + (int) (Math.random() * 899999));
        String document = unique("DOC").toUpperCase();
        Api.Answer created = api.post("/api/v1/cases", cw, Map.of("registrationDate", registered.toString(), "firstName", first, "lastName", last,
                "birthDate", "1990-05-06", "phones", List.of(phone), "aliases", List.of("Alias" + last), "gender", "FEMININE", "birthYear", 1990,
                "citizenships", List.of("NG"), "exploitation", List.of("SEXUAL")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String code = created.json().path("code").asString();
        ok(api.post(path(code, "identity-documents"), cw, Map.of("type", "PASSPORT", "number", document)));
        ok(api.post(path(code, "addresses"), cw, Map.of("street", "Rue " + last, "municipality", "Liège")));
        ok(api.post(path(code, "notes"), cw, Map.of("compartment", "SUPPORT", "body", "Support note about " + last)));
        ok(api.post(path(code, "notes"), cw, Map.of("compartment", "LEGAL", "body", "Legal note about the complaint")));
        ok(api.post(path(code, "notes"), cw, Map.of("compartment", "IDENTITY", "body", "Identity note about " + last)));
        ok(api.post(path(code, "objectives"), cw, Map.of("type", "SHELTER", "objective", "Shelter for " + last, "status", "PLANNED")));
        ok(api.post(path(code, "alerts"), cw, Map.of("date", registered.toString(), "kind", "MISSING", "description", "Alert " + last)));
        int legalVersion = api.get("/api/v1/cases/" + code, cw).json().path("legal").path("version").asInt();
        ok(api.send("PATCH", path(code, "legal"), cw, "{\"version\":" + legalVersion + ",\"lawyer\":\"Maître Lex\"}", Map.of()));
        upload(port, path(code, "documents"), cw, Map.of("compartment", "SUPPORT", "type", "IDENTITY_DOCUMENT"), "passport-" + last + ".pdf", PDF);
        if (closedOn != null) {
            ok(api.post(path(code, "close"), cw, Map.of("reason", "SUPPORT_COMPLETED", "date", closedOn.toString(), "note", "Closed " + last)));
        }
        return new Person(code, first, last, phone, document);
    }

    static String path(String code, String records) {
        return "/api/v1/cases/" + code + "/" + records;
    }

    static void ok(Api.Answer a) {
        assertThat(a.status()).as(a.body()).isBetween(200, 201);
    }

    static void upload(int port, String path, String token, Map<String, String> fields, String fileName, byte[] content) {
        String boundary = "----privacy" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> f : fields.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpRequest r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build();
            HttpResponse<String> a = HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
            assertThat(a.statusCode()).as(a.body()).isEqualTo(201);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A POST whose answer is binary (the PDF export). */
    static HttpResponse<byte[]> postForBytes(int port, String path, String token, String json) {
        try {
            HttpRequest r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(json)).build();
            return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
