package be.ariadne.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.Api;
import be.ariadne.testsupport.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who may place and lift a legal hold, the explicit transitions and their refusals, and the audit trail. */
@IntegrationTest
class LegalHoldTest {
    static final Map<String, Object> HOLD = Map.of("procedureReference", "BR.55.L8.2025/0099", "reason", "Investigation of the network still running");
    @LocalServerPort int port;
    @Autowired PrivacyFixtures fx;
    @Autowired JdbcClient jdbc;

    @Test
    void theHoldingCentrePlacesAndLiftsWithReasonsAndEachStepIsAudited() {
        Api api = new Api(port);
        String cw = fx.token(api, "caseworker");
        String code = fx.rich(api, port, java.time.LocalDate.of(2024, 1, 10), null).code();
        String holds = PrivacyFixtures.path(code, "legal-holds");

        Api.Answer missing = api.post(holds, cw, Map.of("reason", "short"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("procedureReference", "reason", "at least 10 characters");
        Api.Answer unknown = api.post(holds, cw, Map.of("procedureReference", "X1", "reason", "A reason long enough", "until", "2030-01-01"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("until", "is not a known field");

        Api.Answer placed = api.post(holds, cw, HOLD);
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(placed.json().path("inForce").asBoolean()).isTrue();
        long id = placed.json().path("id").asLong();
        Api.Answer again = api.post(holds, cw, HOLD);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("rule").asString()).isEqualTo("HOLD_IN_FORCE");

        Api.Answer stale = api.post(holds + "/" + id + "/lift", cw, Map.of("reason", "Procedure closed by judgment", "version", 7));
        assertThat(stale.status()).isEqualTo(409);
        Api.Answer noVersion = api.post(holds + "/" + id + "/lift", cw, Map.of("reason", "Procedure closed by judgment"));
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.body()).contains("version");
        Api.Answer lifted = api.post(holds + "/" + id + "/lift", cw, Map.of("reason", "Procedure closed by judgment", "version", 0));
        assertThat(lifted.status()).as(lifted.body()).isEqualTo(200);
        assertThat(lifted.json().path("inForce").asBoolean()).isFalse();
        assertThat(lifted.json().path("liftedBy").asString()).isEqualTo("caseworker");
        Api.Answer twice = api.post(holds + "/" + id + "/lift", cw, Map.of("reason", "Procedure closed by judgment", "version", 1));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().path("rule").asString()).isEqualTo("NO_HOLD_IN_FORCE");
        assertThat(api.post(holds + "/99999999/lift", cw, Map.of("reason", "Procedure closed by judgment", "version", 0)).status()).isEqualTo(404);

        Api.Answer list = api.get(holds, cw);
        assertThat(list.json()).hasSize(1);
        assertThat(list.json().get(0).path("liftReason").asString()).isEqualTo("Procedure closed by judgment");
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE object_id = ? AND action LIKE 'LEGAL_HOLD_%' ORDER BY seq").param(code)
                .query(String.class).list()).containsExactly("LEGAL_HOLD_PLACED", "LEGAL_HOLD_LIFTED");
        assertThat(jdbc.sql("SELECT purpose FROM audit_entry WHERE object_id = ? AND action = 'LEGAL_HOLD_PLACED'").param(code)
                .query(String.class).single()).isEqualTo("Investigation of the network still running");
    }

    @Test
    void aProsecutorTheLegalCompartmentIsSharedWithMayPlaceOneOthersMayNot() {
        Api api = new Api(port);
        String cw = fx.token(api, "caseworker");
        String code = fx.rich(api, port, java.time.LocalDate.of(2024, 1, 10), null).code();
        String holds = PrivacyFixtures.path(code, "legal-holds");
        // not shared yet: the prosecutor does not see the case at all
        assertThat(api.post(holds, fx.token(api, "prosecutor"), HOLD).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/cases/" + code + "/shares", cw, Map.of("partner", "PROSECUTION_DEMO",
                "compartments", List.of("IDENTITY", "CASE_SUMMARY", "LEGAL"), "basis", "PROSECUTOR_ORDER",
                "purpose", "prosecution", "orderReference", "BR/2025/4712", "orderDate", "2025-04-01")).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/cases/" + code + "/shares", cw, Map.of("partner", "POLICE_DEMO",
                "compartments", List.of("IDENTITY", "CASE_SUMMARY", "INVESTIGATION"), "basis", "CONSENT", "purpose", "criminal investigation",
                "consentGivenBy", "VICTIM", "consentGivenOn", "2025-03-01")).status()).isEqualTo(201);
        Api.Answer byProsecutor = api.post(holds, fx.token(api, "prosecutor"), HOLD);
        assertThat(byProsecutor.status()).as(byProsecutor.body()).isEqualTo(201);
        assertThat(byProsecutor.json().path("placedByOrganisation").asString()).isEqualTo("PROSECUTION_DEMO");
        // the police sees the case but has no LEGAL write (nor read): refused
        assertThat(api.post(holds, fx.token(api, "police"), HOLD).status()).isEqualTo(403);
        assertThat(api.get(holds, fx.token(api, "police")).status()).isEqualTo(403);
        // another centre, the analyst, the administrator: the case does not exist for them
        assertThat(api.post(holds, fx.token(api, "payoke"), HOLD).status()).isEqualTo(404);
        assertThat(api.post(holds, fx.token(api, "admin"), HOLD).status()).isEqualTo(404);
        assertThat(api.get(holds, fx.token(api, "analyst")).status()).isEqualTo(404);
        assertThat(api.post(PrivacyFixtures.path("AR-NONE-XXXX", "legal-holds"), cw, HOLD).status()).isEqualTo(404);
    }
}
