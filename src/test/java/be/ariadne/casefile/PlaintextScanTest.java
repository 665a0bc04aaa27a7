package be.ariadne.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.Api;
import be.ariadne.testsupport.IntegrationTest;
import be.ariadne.testsupport.TestDatabaseEnvironment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * No plaintext of a person's identity anywhere in the database: after a case is opened and edited
 * with a known synthetic name, birth date, phone and document number (in the identity, the
 * history and the audit trail alike), no text or binary column of any table holds any of them.
 * The test databases are in memory (H2) or a PostgreSQL schema, so the scan covers every table's
 * rows; there is no database file to scan in the tests.
 */
@IntegrationTest
class PlaintextScanTest {
    @LocalServerPort int port;
    @Autowired CaseFixtures fx;
    @Autowired JdbcClient jdbc;
    @Autowired Environment env;

    @Test
    void noTableHoldsThePlaintextOfAKnownIdentity() {
        Api api = new Api(port);
        String cw = fx.token(api, "caseworker");
        String first = "Plainia";
        String last = CaseFixtures.unique("Scantestova");
        String phone = "0470 98 76 54";
        String document = CaseFixtures.unique("PLN");
        String code = api.post("/api/v1/cases", cw, Map.of("firstName", first, "lastName", last, "birthDate", "1993-07-21",
                "aliases", List.of("Alias" + last), "phones", List.of(phone))).json().path("code").asString();
        assertThat(api.post("/api/v1/cases/" + code + "/identity-documents", cw, Map.of("type", "PASSPORT", "number", document)).status()).isEqualTo(201);
        assertThat(api.send("PATCH", "/api/v1/cases/" + code + "/identity", cw, "{\"version\":1,\"lastName\":\"" + last + "X\"}", Map.of()).status())
                .isEqualTo(200);
        api.post("/api/v1/cases/" + code + "/addresses", cw, Map.of("street", "Rue " + last, "municipality", "Liège"));
        api.get("/api/v1/cases/" + code, cw);
        api.get("/api/v1/cases/" + code + "/history", cw);
        api.get("/api/v1/cases?name=" + last, cw);
        assertThat(api.get("/api/v1/cases/" + code, cw).body()).contains(last, "1993-07-21", document);

        List<String> needles = List.of(last, last.toLowerCase(Locale.ROOT), "1993-07-21", "1993", "0470 98 76 54", "+32470987654",
                "470987654", document, "Alias" + last);
        String schema = TestDatabaseEnvironment.postgres() ? jdbc.sql("SELECT current_schema()").query(String.class).single() : "public";
        record Column(String table, String column, String type) {
        }
        List<Column> columns = jdbc.sql("SELECT table_name, column_name, data_type FROM information_schema.columns WHERE LOWER(table_schema) = ?")
                .param(schema.toLowerCase(Locale.ROOT))
                .query((rs, n) -> new Column(rs.getString(1), rs.getString(2), rs.getString(3).toLowerCase(Locale.ROOT))).list();
        assertThat(columns).extracting(Column::table).contains("case_identity", "case_change", "audit_entry", "case_blind_index");
        // Canaries prove the scan sees text and binary columns alike: planted plaintext must be found.
        String canary = CaseFixtures.unique("Canary");
        jdbc.sql("INSERT INTO app_setting (name, setting_value, updated_at) VALUES ('test.canary', ?, CURRENT_TIMESTAMP)").param(canary).update();
        jdbc.sql("INSERT INTO crypto_key_check (key_id, check_value, retired, created_at) VALUES (99999, ?, TRUE, CURRENT_TIMESTAMP)")
                .param(canary.getBytes(StandardCharsets.UTF_8)).update();
        List<String> found = new ArrayList<>();
        int scanned = 0;
        for (Column c : columns) {
            boolean text = c.type().contains("char") || c.type().equals("text") || c.type().contains("clob");
            boolean binary = c.type().contains("binary") || c.type().equals("bytea") || c.type().contains("blob");
            if (!text && !binary) continue;
            scanned++;
            List<String> values = jdbc.sql("SELECT " + c.column() + " FROM " + c.table()).query((rs, n) -> {
                if (text) return rs.getString(1);
                byte[] b = rs.getBytes(1);
                return b == null ? null : new String(b, StandardCharsets.UTF_8);
            }).list();
            for (String s : values) {
                if (s == null) continue;
                for (String needle : List.of(canary)) if (s.contains(needle)) found.add("canary in " + c.table() + "." + c.column());
                for (String needle : needles) {
                    // the year alone may be in the case summary (it is not identifying); everything else must not appear anywhere
                    if (needle.equals("1993") && (c.table().equals("case_file") || c.table().equals("audit_entry"))) continue;
                    // a blind index is a 64-hex-digit keyed hash: four digits in a row occur in it by chance (about 1 in 1,000 rows)
                    if (needle.equals("1993") && c.column().equalsIgnoreCase("index_hash")) continue;
                    if (s.contains(needle)) found.add(c.table() + "." + c.column() + " holds " + needle);
                }
            }
        }
        jdbc.sql("DELETE FROM app_setting WHERE name = 'test.canary'").update();
        jdbc.sql("DELETE FROM crypto_key_check WHERE key_id = 99999").update();
        assertThat(scanned).isGreaterThan(30);
        assertThat(found).containsExactlyInAnyOrder("canary in app_setting.setting_value", "canary in crypto_key_check.check_value");
        assertThat(env.getProperty("spring.datasource.url")).satisfiesAnyOf(
                url -> assertThat(url).startsWith("jdbc:h2:mem:"), url -> assertThat(url).startsWith("jdbc:postgresql:"));
    }
}
