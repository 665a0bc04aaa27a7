package be.ariadne.screening.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ariadne.access.AriadneUser;
import be.ariadne.access.OrganisationType;
import be.ariadne.access.Role;
import be.ariadne.screening.NewSignal;
import be.ariadne.screening.ScreeningRequest;
import be.ariadne.screening.SignalSaved;
import be.ariadne.screening.SignalSource;
import be.ariadne.screening.SignalStatus;
import be.ariadne.screening.SignalView;
import be.ariadne.screening.Signals;
import be.ariadne.shared.InvalidInputException;
import be.ariadne.shared.NotFoundException;
import be.ariadne.shared.RefusedException;
import be.ariadne.shared.SystemActor;
import be.ariadne.testsupport.IntegrationTest;
import be.ariadne.testsupport.WebClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Signals: saved from the screens and by the system, listed and opened by their organisation only, notes encrypted, every read audited. */
@IntegrationTest
@RecordApplicationEvents
class SignalsTest {
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Signals signals;
    @Autowired ApplicationEvents events;
    @Autowired be.ariadne.crypto.KeyRotation keyRotation;
    @Autowired be.ariadne.crypto.FieldEncryption encryption;

    @AfterEach
    void clearContext() {
        SecurityContextHolder.clearContext();
    }

    private long signalCount() {
        return jdbc.sql("SELECT COUNT(*) FROM screening_signal").query(Long.class).single();
    }

    private long audit(String action, String objectId, String outcome) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND object_id = ? AND outcome = ?")
                .params(action, objectId, outcome).query(Long.class).single();
    }

    private static long idFrom(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/screening/signals/\\d+$");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aQuickScreenIsSavedListedAndOpenedWithEveryReadAudited() {
        WebClient web = new WebClient(port);
        web.login("caseworker", "demo");
        long before = signalCount();
        HttpResponse<String> saved = WebForms.post(web, port, "/screening/signals", "origin", "quick", "danger", "no",
                "signs", "NO_PAY", "signs", "DOCUMENTS_CONFISCATED", "signs", "DEBT_TO_PAY_OFF", "age", "16",
                "otherSign", "a synthetic other sign", "notes", "Synthetic note: met at the night shop, Rue Fictive 1.",
                "postalCode", "1000", "municipality", "Bruxelles", "observedOn", "2026-01-15");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        long id = idFrom(saved);
        assertThat(signalCount()).isEqualTo(before + 1);
        assertThat(audit("SIGNAL_SAVED", String.valueOf(id), "SUCCESS")).isEqualTo(1);

        HttpResponse<String> page = web.get("/screening/signals/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Signal #" + id + " saved.")
                .contains("Synthetic note: met at the night shop, Rue Fictive 1.")
                .contains("a synthetic other sign")
                .contains("2026-01-15").contains("1000").contains("Bruxelles")
                .contains("ilo-2009+signs-1")
                .contains("This may be human trafficking.")
                .contains("No or almost no remuneration")
                .contains("caseworker (PAG_ASA)");
        assertThat(audit("SIGNAL_READ", String.valueOf(id), "SUCCESS")).isEqualTo(1);

        HttpResponse<String> list = web.get("/screening/signals");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("href=\"/screening/signals/" + id + "\"").contains("Signals of PAG_ASA")
                .doesNotContain("Synthetic note");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'SIGNALS_LISTED' AND object_id = 'PAG_ASA' AND detail LIKE ?")
                .param("%" + id + "%").query(Long.class).single()).isPositive();
    }

    @Test
    void notesAndTheOtherSignAreEncryptedAtRestBoundToTheirSignal() {
        long id = asUser("caseworker", "PAG_ASA", () -> signals.save(signal("Synthetic witness note ÄÖÜ éè", "other sign text")));
        assertThat(events.stream(SignalSaved.class)).containsExactly(new SignalSaved(id, "PAG_ASA"));
        byte[] notes = jdbc.sql("SELECT notes_enc FROM screening_signal WHERE id = ?").param(id).query(byte[].class).single();
        byte[] other = jdbc.sql("SELECT other_sign_enc FROM screening_signal WHERE id = ?").param(id).query(byte[].class).single();
        assertThat(new String(notes, StandardCharsets.UTF_8)).doesNotContain("Synthetic").doesNotContain("witness");
        assertThat(new String(other, StandardCharsets.UTF_8)).doesNotContain("other sign");
        String row = jdbc.sql("SELECT CONCAT(request_json, result_json, COALESCE(municipality, '')) FROM screening_signal WHERE id = ?")
                .param(id).query(String.class).single();
        assertThat(row).doesNotContain("witness");
        SignalView view = asUser("caseworker", "PAG_ASA", () -> signals.find(id).orElseThrow());
        assertThat(view.notes()).isEqualTo("Synthetic witness note ÄÖÜ éè");
        assertThat(view.otherSign()).isEqualTo("other sign text");

        // Key rotation knows both columns, with the binding they were written with.
        List<be.ariadne.crypto.EncryptedColumn> columns = keyRotation.columns().stream()
                .filter(c -> c.table().equals("screening_signal")).toList();
        assertThat(columns).extracting(be.ariadne.crypto.EncryptedColumn::valueColumn).containsExactlyInAnyOrder("notes_enc", "other_sign_enc");
        for (be.ariadne.crypto.EncryptedColumn c : columns) {
            byte[] value = jdbc.sql("SELECT " + c.valueColumn() + " FROM screening_signal WHERE id = ?").param(id).query(byte[].class).single();
            String record = jdbc.sql("SELECT " + c.bindingRecordColumn() + " FROM screening_signal WHERE id = ?").param(id).query(String.class).single();
            be.ariadne.crypto.Binding declared = be.ariadne.crypto.Binding.of(c.bindingTable(), c.bindingField(), record);
            assertThat(encryption.decrypt(encryption.reencrypt(value, declared), declared))
                    .isEqualTo(c.valueColumn().equals("notes_enc") ? "Synthetic witness note ÄÖÜ éè" : "other sign text");
        }

        // A ciphertext moved to another signal does not decrypt there.
        long other2 = asUser("caseworker", "PAG_ASA", () -> signals.save(signal(null, null)));
        jdbc.sql("UPDATE screening_signal SET notes_enc = ? WHERE id = ?").params(notes, other2).update();
        assertThatThrownBy(() -> asUser("caseworker", "PAG_ASA", () -> signals.find(other2)))
                .isInstanceOf(be.ariadne.crypto.UnreadableValueException.class);
        // Leave no unreadable value behind for other tests of the shared database (key rotation counts them).
        jdbc.sql("UPDATE screening_signal SET notes_enc = NULL WHERE id = ?").param(other2).update();
    }

    @Test
    void anotherOrganisationCannotSeeASignal() {
        long id = asUser("caseworker", "PAG_ASA", () -> signals.save(signal("for PAG-ASA only", null)));
        WebClient payoke = new WebClient(port);
        payoke.login("payoke", "demo");
        HttpResponse<String> page = payoke.get("/screening/signals/" + id);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("for PAG-ASA only");
        assertThat(payoke.get("/screening/signals").body()).doesNotContain("href=\"/screening/signals/" + id + "\"");
        assertThat(audit("SIGNAL_READ", String.valueOf(id), "DENIED")).isEqualTo(1);
        assertThat(payoke.get("/screening/signals/999999999").statusCode()).isEqualTo(404);

        assertThat(asUser("payoke", "PAYOKE", () -> signals.find(id))).isEmpty();
        assertThat(asUser("analyst", "PAG_ASA", Role.ANALYST, () -> signals.find(id))).as("an analyst never reads signals").isEmpty();
        assertThatThrownBy(() -> asUser("payoke", "PAYOKE", () -> signals.ofOrganisation("PAG_ASA", 0, 20)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asUser("admin", "MYRIA", Role.ADMIN, () -> signals.save(signal(null, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signals.find(id).orElseThrow()).as("nobody signed in").isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void nothingIsSavedFromARefusedRequest() {
        WebClient web = new WebClient(port);
        web.login("frontline", "demo");
        long before = signalCount();
        HttpResponse<String> badPlace = WebForms.post(web, port, "/screening/signals", "origin", "quick", "danger", "no",
                "signs", "NO_PAY", "postalCode", "999", "observedOn", "2999-01-01", "notes", "x".repeat(4001));
        assertThat(badPlace.statusCode()).isEqualTo(400);
        assertThat(badPlace.body()).contains("<a href=\"#postalCode\">Postal code of the place</a>")
                .contains("<a href=\"#observedOn\">Date observed</a>")
                .contains("<a href=\"#notes\">Notes</a>")
                .containsPattern("id=\"postalCode\"[^>]*aria-invalid=\"true\"")
                .contains("What to do now");
        HttpResponse<String> noPlace = WebForms.post(web, port, "/screening/signals", "origin", "quick", "danger", "no");
        assertThat(noPlace.statusCode()).isEqualTo(400);
        assertThat(noPlace.body()).contains("Enter the postal code or the municipality of the place.");
        HttpResponse<String> badRequest = WebForms.post(web, port, "/screening/signals", "origin", "quick", "danger", "no",
                "age", "300", "signs", "NOT_A_SIGN", "postalCode", "1000");
        assertThat(badRequest.statusCode()).isEqualTo(400);
        assertThat(badRequest.body()).contains("The age must be between 0 and 120 years.");
        HttpResponse<String> fromAssessment = WebForms.post(web, port, "/screening/signals", "origin", "assessment",
                "indicators", "NOT_AN_INDICATOR", "postalCode", "1000");
        assertThat(fromAssessment.statusCode()).isEqualTo(400);
        assertThat(fromAssessment.body()).contains("Full indicator assessment").contains("id=\"indicators-error\"");
        HttpResponse<String> noCsrf = web.post("/screening/signals", java.util.Map.of("postalCode", "1000"), false);
        assertThat(noCsrf.statusCode()).isEqualTo(403);
        assertThatThrownBy(() -> asUser("frontline", "HOSPITAL_DEMO", () -> signals.save(
                new NewSignal(ScreeningRequest.EMPTY, null, null, LocalDate.now().plusDays(3), "12", null, Locale.ENGLISH))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("postalCode").hasMessageContaining("observedOn");
        assertThat(signalCount()).isEqualTo(before);
    }

    @Test
    void theSystemSavesPublicReportsAndTheReferralModuleChangesTheStatus() {
        long id = new SystemActor("public-report").call(() -> signals.saveFromSystem("SURYA", SignalSource.PUBLIC_REPORT,
                new NewSignal(ScreeningRequest.builder().signs("NO_FREEDOM_OF_MOVEMENT").immediateDanger(true).build(),
                        null, "Synthetic public report", null, null, null, Locale.FRENCH)));
        SignalView view = new SystemActor("referral").call(() -> signals.find(id)).orElseThrow();
        assertThat(view.source()).isEqualTo(SignalSource.PUBLIC_REPORT);
        assertThat(view.organisationCode()).isEqualTo("SURYA");
        assertThat(view.createdBy()).isEqualTo("system:public-report");
        assertThat(view.status()).isEqualTo(SignalStatus.OPEN);
        assertThat(view.urgent()).isTrue();
        assertThat(view.resultLanguage()).isEqualTo("fr");
        assertThat(view.resultJson()).contains("\"advice\":[\"CALL_112\"").contains("danger immédiat");
        assertThat(view.observedOn()).isNotNull();
        assertThat(events.stream(SignalSaved.class)).contains(new SignalSaved(id, "SURYA"));
        assertThatThrownBy(() -> new SystemActor("x").call(() -> signals.saveFromSystem("NO_SUCH_ORG", SignalSource.PUBLIC_REPORT,
                new NewSignal(ScreeningRequest.EMPTY, null, null, null, null, null, null))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("NO_SUCH_ORG");

        SystemActor referral = new SystemActor("referral");
        referral.run(() -> signals.changeStatus(id, SignalStatus.REFERRED));
        referral.run(() -> signals.changeStatus(id, SignalStatus.CLOSED));
        assertThatThrownBy(() -> referral.run(() -> signals.changeStatus(id, SignalStatus.REFERRED)))
                .isInstanceOf(RefusedException.class)
                .satisfies(e -> assertThat(((RefusedException) e).rule()).isEqualTo("SIGNAL_STATUS_TRANSITION"))
                .hasMessageContaining("CLOSED cannot become REFERRED");
        referral.run(() -> signals.changeStatus(id, SignalStatus.OPEN));
        assertThat(referral.call(() -> signals.find(id)).orElseThrow().status()).isEqualTo(SignalStatus.OPEN);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'SIGNAL_STATUS_CHANGED' AND object_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(3);
        assertThatThrownBy(() -> asUser("caseworker", "PAG_ASA", () -> {
            signals.changeStatus(id, SignalStatus.CLOSED);
            return null;
        })).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aStoredSignalIsShownAsStoredAndNeverReEvaluated() {
        long id = asUser("caseworker", "PAG_ASA", () -> signals.save(signal(null, null)));
        String stored = jdbc.sql("SELECT result_json FROM screening_signal WHERE id = ?").param(id).query(String.class).single();
        assertThat(stored).contains("\"belgium\":\"POSSIBLE\"");
        // As if evaluated with an older catalogue whose rules gave another answer.
        jdbc.sql("UPDATE screening_signal SET result_json = ?, catalogue_version = 'ilo-2009+signs-0' WHERE id = ?")
                .params(stored.replace("\"belgium\":\"POSSIBLE\"", "\"belgium\":\"LIKELY\"")
                        .replace("\"catalogue\":\"ilo-2009+signs-1\"", "\"catalogue\":\"ilo-2009+signs-0\""), id).update();
        WebClient web = new WebClient(port);
        web.login("caseworker", "demo");
        String page = web.get("/screening/signals/" + id).body();
        assertThat(page).contains("ilo-2009+signs-0").contains("This is likely human trafficking.")
                .contains("The catalogue has changed since (now ilo-2009+signs-1)");
        assertThat(jdbc.sql("SELECT result_json FROM screening_signal WHERE id = ?").param(id).query(String.class).single())
                .contains("\"belgium\":\"LIKELY\"");
    }

    @Test
    void theListIsNewestFirstAndPaginated() {
        WebClient web = new WebClient(port);
        web.login("immigration", "demo");
        long first = asUser("immigration", "IMMIGRATION_OFFICE", Role.IMMIGRATION_OFFICER, () -> signals.save(signal(null, null)));
        for (int i = 0; i < 21; i++) {
            asUser("immigration", "IMMIGRATION_OFFICE", Role.IMMIGRATION_OFFICER, () -> signals.save(signal(null, null)));
        }
        List<SignalView> page0 = asUser("immigration", "IMMIGRATION_OFFICE", Role.IMMIGRATION_OFFICER,
                () -> signals.ofOrganisation("IMMIGRATION_OFFICE", 0, 20));
        assertThat(page0).hasSize(20);
        assertThat(page0).extracting(SignalView::id).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        String list = web.get("/screening/signals").body();
        assertThat(list).contains("href=\"/screening/signals?page=1\"").doesNotContain("href=\"/screening/signals/" + first + "\"");
        String older = web.get("/screening/signals?page=1").body();
        assertThat(older).contains("href=\"/screening/signals/" + first + "\"").contains("href=\"/screening/signals?page=0\"");
    }

    private static NewSignal signal(String notes, String otherSign) {
        return new NewSignal(ScreeningRequest.builder().signs("NO_PAY", "DOCUMENTS_CONFISCATED", "DEBT_TO_PAY_OFF").build(),
                otherSign, notes, LocalDate.of(2026, 1, 10), "4000", "Liège", Locale.ENGLISH);
    }

    private static <T> T asUser(String username, String organisation, Supplier<T> work) {
        Role role = switch (username) {
            case "frontline" -> Role.FIRST_LINE;
            default -> Role.CASE_WORKER;
        };
        return asUser(username, organisation, role, work);
    }

    private static <T> T asUser(String username, String organisation, Role role, Supplier<T> work) {
        AriadneUser user = new AriadneUser(1, username, username, 1, organisation, organisation, OrganisationType.SPECIALISED_CENTRE,
                Set.of(role), false);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
