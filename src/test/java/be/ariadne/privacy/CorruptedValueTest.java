package be.ariadne.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.Api;
import be.ariadne.testsupport.IntegrationTest;
import be.ariadne.testsupport.WebClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A corrupted ciphertext (one byte flipped in the database) or a ciphertext moved to another case:
 * that value is reported as unreadable, the rest of the case is still shown, and an audit entry
 * names the place (never a value).
 */
@IntegrationTest
class CorruptedValueTest {
    @LocalServerPort int port;
    @Autowired PrivacyFixtures fx;
    @Autowired JdbcClient jdbc;

    @Test
    void aCorruptedValueIsShownAsUnreadableAndTheRestOfTheCaseStillIs() {
        Api api = new Api(port);
        String cw = fx.token(api, "caseworker");
        PrivacyFixtures.Person p = fx.rich(api, port, LocalDate.of(2024, 3, 1), null);
        PrivacyFixtures.Person other = fx.rich(api, port, LocalDate.of(2024, 3, 1), null);
        long id = jdbc.sql("SELECT id FROM case_file WHERE code = ?").param(p.code()).query(Long.class).single();
        long otherId = jdbc.sql("SELECT id FROM case_file WHERE code = ?").param(other.code()).query(Long.class).single();
        byte[] stored = jdbc.sql("SELECT last_name FROM case_identity WHERE case_id = ?").param(id).query(byte[].class).single();
        byte[] original = stored.clone();
        byte[] otherOriginal = jdbc.sql("SELECT first_name FROM case_identity WHERE case_id = ?").param(otherId).query(byte[].class).single();
        stored[stored.length - 3] ^= 0x20;
        long changeId = jdbc.sql("SELECT MAX(id) FROM case_change WHERE case_id = ? AND new_value IS NOT NULL").param(id).query(Long.class).single();
        byte[] change = jdbc.sql("SELECT new_value FROM case_change WHERE id = ?").param(changeId).query(byte[].class).single();
        byte[] fileName = jdbc.sql("SELECT file_name FROM case_document WHERE case_id = ?").param(id).query(byte[].class).single();
        jdbc.sql("UPDATE case_change SET new_value = ? WHERE id = ?").params(flip(change), changeId).update();
        jdbc.sql("UPDATE case_document SET file_name = ? WHERE case_id = ?").params(flip(fileName), id).update();
        jdbc.sql("UPDATE case_identity SET last_name = ? WHERE case_id = ?").params(stored, id).update();
        // the other case gets this case's (intact) first name ciphertext: bound to another case, it must not decrypt there
        byte[] moved = jdbc.sql("SELECT first_name FROM case_identity WHERE case_id = ?").param(id).query(byte[].class).single();
        jdbc.sql("UPDATE case_identity SET first_name = ? WHERE case_id = ?").params(moved, otherId).update();

        try {
            check(api, cw, p, other);
        } finally {
            // the shared test database is left intact for the other tests
            jdbc.sql("UPDATE case_identity SET last_name = ? WHERE case_id = ?").params(original, id).update();
            jdbc.sql("UPDATE case_identity SET first_name = ? WHERE case_id = ?").params(otherOriginal, otherId).update();
            jdbc.sql("UPDATE case_change SET new_value = ? WHERE id = ?").params(change, changeId).update();
            jdbc.sql("UPDATE case_document SET file_name = ? WHERE case_id = ?").params(fileName, id).update();
        }
        assertThat(api.get("/api/v1/cases/" + p.code(), cw).json().path("identity").path("lastName").asString()).isEqualTo(p.lastName());
    }

    private void check(Api api, String cw, PrivacyFixtures.Person p, PrivacyFixtures.Person other) {
        Api.Answer a = api.get("/api/v1/cases/" + p.code(), cw);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode identity = a.json().path("identity");
        assertThat(identity.path("lastName").path("unreadable").asBoolean()).isTrue();
        assertThat(identity.path("firstName").asString()).isEqualTo("Zoë");
        assertThat(identity.path("birthDate").asString()).isEqualTo("1990-05-06");
        assertThat(a.json().path("support").path("objectives").get(0).path("objective").asString()).isEqualTo("Shelter for " + p.lastName());
        Api.Answer b = api.get("/api/v1/cases/" + other.code(), cw);
        assertThat(b.status()).isEqualTo(200);
        assertThat(b.json().path("identity").path("firstName").path("unreadable").asBoolean()).isTrue();
        assertThat(b.json().path("identity").path("lastName").asString()).isEqualTo(other.lastName());

        // the history, the documents list and the subject access export still come, with the damaged values marked
        Api.Answer withHistory = api.get("/api/v1/cases/" + p.code() + "?include=history", cw);
        assertThat(withHistory.status()).isEqualTo(200);
        assertThat(withHistory.json().path("history").findValuesAsString("new")).contains("[unreadable]");
        Api.Answer documents = api.get(PrivacyFixtures.path(p.code(), "documents"), cw);
        assertThat(documents.status()).isEqualTo(200);
        assertThat(documents.json().get(0).path("fileName").asString()).isEqualTo("[unreadable]");
        Api.Answer export = api.send("POST", "/api/v1/privacy/subject-access", fx.token(api, "dpo"),
                "{\"caseCode\":\"" + p.code() + "\",\"requestReference\":\"DPO-X\",\"reason\":\"Request by the person\"}", java.util.Map.of());
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.json().path("case").path("identity").path("lastName").path("unreadable").asBoolean()).isTrue();
        assertThat(export.json().path("case").path("identity").path("firstName").asString()).isEqualTo("Zoë");

        WebClient web = new WebClient(port);
        web.login("caseworker", "demo");
        HttpResponse<String> page = web.get("/cases/" + p.code());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("unreadable: this value could not be decrypted").contains("Shelter for " + p.lastName());

        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE action = 'VALUE_UNREADABLE' AND object_id = ? AND outcome = 'FAILURE'")
                .param(p.code()).query(String.class).list()).contains("place=case_identity.last_name", "place=case_change.new_value",
                "place=case_document.file_name");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'VALUE_UNREADABLE' AND object_id = ?")
                .param(other.code()).query(Long.class).single()).isPositive();
    }

    private static byte[] flip(byte[] b) {
        byte[] c = b.clone();
        c[c.length - 2] ^= 0x01;
        return c;
    }
}
