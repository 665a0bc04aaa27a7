package be.ariadne.publicsite.training;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.publicsite.PublicClient;
import be.ariadne.testsupport.IntegrationTest;
import be.ariadne.testsupport.WebClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Training sessions: registration, waiting list, personal link, the organiser's screens and export. */
@IntegrationTest
class TrainingTest {
    private static final Pattern LINK = Pattern.compile("id=\"personal-link\" href=\"[^\"]*(/training/registration/[A-Za-z0-9_-]{22})\"");

    @LocalServerPort int port;
    @Autowired Training training;
    @Autowired JdbcClient jdbc;

    long session(int capacity) {
        return training.create(new TrainingChecks.ValidSession("Detection basics " + System.nanoTime(), null, "en",
                Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES), 120, "Demo room, 1000 Brussels", null, capacity));
    }

    static Map<String, Object> registration(String name) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("fullName", name);
        f.put("organisation", "Demo social service");
        f.put("jobRole", "Social worker");
        f.put("email", name.toLowerCase().replace(' ', '.') + "@example.org");
        f.put("consent", "yes");
        f.put("website", "");
        return f;
    }

    /** Registers through the public form; returns the page. */
    HttpResponse<String> register(PublicClient visitor, long sessionId, String name) {
        assertThat(visitor.get("/training/" + sessionId + "/register").statusCode()).isEqualTo(200);
        return visitor.post("/training/" + sessionId + "/register", registration(name));
    }

    static String link(HttpResponse<String> page) {
        Matcher m = LINK.matcher(page.body());
        assertThat(m.find()).as("a personal link on the page: " + page.body()).isTrue();
        return m.group(1);
    }

    @Test
    void whenFullRegistrantsWaitAndACancellationPromotesTheFirst() {
        long id = session(2);
        String first = link(register(new PublicClient(port), id, "Ada Example"));
        register(new PublicClient(port), id, "Bo Example");
        HttpResponse<String> third = register(new PublicClient(port), id, "Cy Example");
        assertThat(third.body()).contains("You are on the waiting list").contains("you are number 1 on the waiting list")
                .contains("No e-mail was sent");
        String thirdLink = link(third);
        HttpResponse<String> fourth = register(new PublicClient(port), id, "Di Example");
        assertThat(fourth.body()).contains("you are number 2 on the waiting list");

        PublicClient waiting = new PublicClient(port);
        assertThat(waiting.get(thirdLink).body()).contains("You are number 1 on the waiting list.");

        PublicClient ada = new PublicClient(port);
        ada.get(first);
        HttpResponse<String> cancelled = ada.post(first, Map.of("action", "cancel"));
        assertThat(cancelled.body()).contains("Your registration is cancelled").contains("You cancelled this registration.");

        assertThat(waiting.get(thirdLink).body()).contains("You have a place in this session.");
        assertThat(training.session(id).registered()).isEqualTo(2);
        assertThat(training.session(id).waiting()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'TRAINING_REGISTRATION_PROMOTED'").query(Long.class).single())
                .isPositive();

        HttpResponse<String> again = ada.post(first, Map.of("action", "cancel"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("This registration was already cancelled.");
    }

    @Test
    void aRegistrantConfirmsWithThePersonalLink() {
        long id = session(5);
        String link = link(register(new PublicClient(port), id, "Eve Example"));
        PublicClient eve = new PublicClient(port);
        assertThat(eve.get(link).body()).contains("Your registration is not confirmed yet.");
        HttpResponse<String> confirmed = eve.post(link, Map.of("action", "confirm"));
        assertThat(confirmed.body()).contains("Thank you: your registration is confirmed.").contains("Your registration is confirmed.");
        assertThat(eve.post(link, Map.of("action", "confirm")).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM training_registration WHERE session_id = ? AND confirmed_at IS NOT NULL").param(id)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void registrantsAreStoredEncryptedAndTheLinkOnlyAsAHash() {
        long id = session(5);
        String link = link(register(new PublicClient(port), id, "Finn Example"));
        Map<String, Object> row = jdbc.sql("SELECT * FROM training_registration WHERE session_id = ?").param(id).query().singleRow();
        assertThat(new String((byte[]) row.get("full_name"), StandardCharsets.ISO_8859_1)).doesNotContain("Finn");
        assertThat(new String((byte[]) row.get("email"), StandardCharsets.ISO_8859_1)).doesNotContain("example.org");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(row.values()).noneMatch(v -> v != null && v.toString().contains(token));
        assertThat(training.byToken(token).orElseThrow().fullName()).isEqualTo("Finn Example");
    }

    @Test
    void badInputIsNamedAndAnUnknownLinkIsToldClearly() {
        long id = session(5);
        PublicClient visitor = new PublicClient(port);
        visitor.get("/training/" + id + "/register");
        Map<String, Object> bad = registration("x".repeat(201));
        bad.put("email", "nope");
        bad.remove("consent");
        HttpResponse<String> page = visitor.post("/training/" + id + "/register", bad);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Name: at most 200 characters, you wrote 201.").contains("E-mail address: not an e-mail address.")
                .contains("we need your agreement to contact you about the session");
        assertThat(training.session(id).registered()).isZero();

        HttpResponse<String> unknown = new PublicClient(port).get("/training/registration/AAAAAAAAAAAAAAAAAAAAAA");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("This link does not work");
        assertThat(new PublicClient(port).get("/training/registration/short").statusCode()).isEqualTo(404);
    }

    @Test
    void aFormSentTwiceRegistersOnceAndARobotRegistersNobody() {
        long id = session(5);
        PublicClient visitor = new PublicClient(port);
        HttpResponse<String> first = register(visitor, id, "Gil Example");
        Map<String, Object> again = registration("Gil Example");
        again.put("formToken", visitor.formToken);
        HttpResponse<String> second = visitor.post("/training/" + id + "/register", again);
        assertThat(second.body()).contains("This form had already been sent");
        assertThat(link(second)).isEqualTo(link(first));

        PublicClient robot = new PublicClient(port);
        robot.get("/training/" + id + "/register");
        Map<String, Object> spam = registration("Spam Bot");
        spam.put("website", "http://spam.example");
        assertThat(robot.post("/training/" + id + "/register", spam).body()).contains("You are registered");
        assertThat(training.session(id).registered()).isEqualTo(1);
    }

    @Test
    void aFloodOfRegistrationsIsAnsweredWith429() {
        long id = session(100);
        PublicClient flooder = new PublicClient(port);
        for (int i = 0; i < 10; i++) {
            assertThat(register(flooder, id, "Flood Example " + i).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> refused = register(flooder, id, "One Too Many");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(training.session(id).registered()).isEqualTo(10);
    }

    @Test
    void theOrganiserPlansChangesExportsAndCancels() {
        WebClient admin = new WebClient(port);
        admin.login("admin", "demo");
        admin.get("/admin/training");
        HttpResponse<String> invalid = admin.post("/admin/training", Map.of("topic", "", "language", "en", "date", "2000-01-01",
                "time", "09:00", "durationMinutes", "60", "mode", "ONLINE", "onlineUrl", "http://insecure.example", "capacity", "0"));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("Topic: please fill this in.").contains("Date: must be in the future.")
                .contains("Meeting link (online): must be an https link").contains("Number of places: must be between 1 and 1,000.");

        String topic = "Labour exploitation for inspectors " + System.nanoTime();
        String date = java.time.LocalDate.now().plusDays(20).toString();
        HttpResponse<String> created = admin.post("/admin/training", Map.of("topic", topic, "language", "nl", "date", date,
                "time", "13:30", "durationMinutes", "150", "mode", "ONLINE", "onlineUrl", "https://meet.example.org/x", "capacity", "1"));
        assertThat(created.statusCode()).isEqualTo(302);
        String path = created.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        assertThat(admin.get(path).body()).contains(topic).contains("Nobody has registered yet.");

        String firstLink = link(register(new PublicClient(port), id, "Hana Example"));
        String secondLink = link(register(new PublicClient(port), id, "Ivo Example"));
        assertThat(new PublicClient(port).get(secondLink).body()).contains("You are number 1 on the waiting list.")
                .doesNotContain("meet.example.org");
        assertThat(new PublicClient(port).get(firstLink).body()).contains("https://meet.example.org/x");

        // The capacity cannot drop below the places taken; raising it moves the waiting list up.
        TrainingSession s = training.session(id);
        Map<String, String> change = new LinkedHashMap<>(Map.of("version", Integer.toString(s.version()), "topic", topic, "language", "nl",
                "date", date, "time", "13:30", "durationMinutes", "150", "mode", "ONLINE", "onlineUrl", "https://meet.example.org/x"));
        admin.get(path);
        change.put("capacity", "2");
        assertThat(admin.post(path, change).statusCode()).isEqualTo(302);
        assertThat(new PublicClient(port).get(secondLink).body()).contains("You have a place in this session.");
        admin.get(path);
        change.put("version", Integer.toString(training.session(id).version()));
        change.put("capacity", "1");
        HttpResponse<String> tooSmall = admin.post(path, change);
        assertThat(tooSmall.statusCode()).isEqualTo(409);
        assertThat(tooSmall.body()).contains("cannot be lower than the number of people who already have a place");

        HttpResponse<String> list = admin.get(path);
        assertThat(list.body()).contains("Hana Example").contains("ivo.example@example.org");
        HttpResponse<String> csv = admin.get(path + "/registrants.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        assertThat(csv.body()).startsWith("status,waiting_position,name,organisation,role,email").contains("REGISTERED,,Hana Example,");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'TRAINING_REGISTRANTS_EXPORTED' AND object_id = ?")
                .param(Long.toString(id)).query(Long.class).single()).isEqualTo(1);

        admin.get(path);
        HttpResponse<String> cancel = admin.post(path + "/cancel", Map.of("version", Integer.toString(training.session(id).version())));
        assertThat(cancel.statusCode()).isEqualTo(302);
        assertThat(new PublicClient(port).get(firstLink).body()).contains("This session was cancelled by the organiser.");
        HttpResponse<String> closed = new PublicClient(port).get("/training/" + id + "/register");
        assertThat(closed.statusCode()).isEqualTo(409);
        assertThat(closed.body()).contains("This session was cancelled").doesNotContain("name=\"formToken\"");
        assertThat(new PublicClient(port).get("/training").body()).doesNotContain(topic);
    }

    @Test
    void onlyTheOrganiserSeesAndExportsRegistrants() {
        long id = session(3);
        WebClient frontline = new WebClient(port);
        frontline.login("frontline", "demo");
        assertThat(frontline.get("/admin/training/" + id).statusCode()).isEqualTo(403);
        assertThat(frontline.get("/admin/training/" + id + "/registrants.csv").statusCode()).isEqualTo(403);
    }

    @Test
    void aSpreadsheetFormulaInANameIsDefused() {
        assertThat(TrainingAdminController.cell("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(TrainingAdminController.cell("@SUM(A1)")).startsWith("'");
        assertThat(TrainingAdminController.cell("Ana")).isEqualTo("Ana");
    }
}
