package be.ariadne.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.Api;
import be.ariadne.testsupport.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Bad input is refused with the field and the reason named, and nothing of the request is saved. */
@IntegrationTest
class BadInputTest {
    @LocalServerPort int port;
    @Autowired CaseFixtures fx;
    @Autowired JdbcClient jdbc;
    Api api;
    String cw;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        cw = fx.token(api, "caseworker");
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static List<String> fields(Api.Answer a) {
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        List<String> out = new ArrayList<>();
        for (JsonNode e : a.json().path("errors")) out.add(e.path("field").asString() + ": " + e.path("message").asString());
        return out;
    }

    @Test
    void invalidCodesAndUnknownFieldsAreEachNamedAndNoCaseIsOpened() {
        long cases = count("case_file");
        long history = count("case_change");
        Api.Answer a = api.post("/api/v1/cases", cw, Map.of("gender", "FEMALE", "citizenships", List.of("NG", "XX"),
                "exploitation", List.of("SEXUAL", "FUN"), "labourSectors", List.of("Construction"), "languages", List.of("klingon"),
                "birthYear", "nineteen", "nickname", "Lulu", "relationToRecruiter", "Unacquainted"));
        assertThat(fields(a)).containsExactlyInAnyOrder(
                "gender: unknown code 'FEMALE'",
                "citizenships: 'XX' is not an ISO 3166-1 alpha-2 country code",
                "exploitation: unknown code 'FUN'",
                "labourSectors: unknown code 'Construction'",
                "languages: 'klingon' is not an ISO 639-1 language code",
                "birthYear: must be a whole number, not 'nineteen'",
                "nickname: unknown field",
                "relationToRecruiter: unknown code 'Unacquainted'");
        assertThat(count("case_file")).isEqualTo(cases);
        assertThat(count("case_change")).isEqualTo(history);
    }

    @Test
    void impossibleDatesAreRefusedNamingTheField() {
        String tomorrow = LocalDate.now().plusDays(1).toString();
        assertThat(fields(api.post("/api/v1/cases", cw, Map.of("birthDate", tomorrow)))).containsExactly("birthDate: is in the future");
        assertThat(fields(api.post("/api/v1/cases", cw, Map.of("birthDate", "2020-02-30")))).containsExactly(
                "birthDate: must be a date YYYY-MM-DD, not '2020-02-30'");
        assertThat(fields(api.post("/api/v1/cases", cw, Map.of("birthDate", "2024-06-01", "registrationDate", "2024-05-01"))))
                .containsExactly("birthDate: is after the registration date 2024-05-01");
        assertThat(fields(api.post("/api/v1/cases", cw, Map.of("birthYear", 2001, "birthDate", "2000-06-01"))))
                .containsExactly("birthYear: does not match the birth date recorded in the identity compartment");
        assertThat(fields(api.post("/api/v1/cases", cw, Map.of("birthYear", 2000, "ageWhenTrafficked", 30, "registrationDate", "2020-01-01"))))
                .containsExactly("ageWhenTrafficked: is greater than the age at registration (20)");

        String code = api.post("/api/v1/cases", cw, Map.of("birthDate", "2000-06-01", "registrationDate", "2024-01-10")).json().path("code").asString();
        long places = count("case_place");
        assertThat(fields(api.post("/api/v1/cases/" + code + "/places", cw, Map.of("kind", "EXPLOITATION", "dateFrom", "1999-01-01"))))
                .containsExactly("dateFrom: is before the person's birth");
        assertThat(fields(api.post("/api/v1/cases/" + code + "/places", cw, Map.of("kind", "EXPLOITATION", "dateFrom", "2023-05-01",
                "dateTo", "2023-04-01")))).containsExactly("dateTo: is before dateFrom (2023-05-01)");
        assertThat(fields(api.post("/api/v1/cases/" + code + "/places", cw, Map.of("kind", "HOLIDAY", "country", "BEL"))))
                .containsExactly("kind: unknown code 'HOLIDAY'", "country: 'BEL' is not an ISO 3166-1 alpha-2 country code");
        assertThat(count("case_place")).isEqualTo(places);
        assertThat(api.post("/api/v1/cases/" + code + "/places", cw, Map.of("kind", "EXPLOITATION", "dateFrom", "2023-05-01")).status()).isEqualTo(201);
        Api.Answer later = api.send("PATCH", "/api/v1/cases/" + code + "/identity", cw, "{\"version\":0,\"birthDate\":\"2023-06-01\"}", Map.of());
        assertThat(fields(later)).containsExactly(
                "birthDate: is after the date of a recorded place of recruitment, transit or exploitation (2023-05-01)");
        Api.Answer afterRegistration = api.send("PATCH", "/api/v1/cases/" + code + "/identity", cw, "{\"version\":0,\"birthDate\":\"2024-06-01\"}", Map.of());
        assertThat(fields(afterRegistration)).containsExactly("birthDate: is after the registration date 2024-01-10");
    }

    @Test
    void aTransitionBackInTimeOrOnAClosedCaseIsRefusedWithItsRule() {
        String code = api.post("/api/v1/cases", cw, Map.of("registrationDate", "2024-01-10")).json().path("code").asString();
        String path = "/api/v1/cases/" + code;
        assertThat(api.post(path + "/transitions", cw, Map.of("to", "PROTECTION", "date", "2024-03-01")).status()).isEqualTo(201);
        Api.Answer back = api.post(path + "/transitions", cw, Map.of("to", "SUPPORT", "date", "2024-02-01"));
        assertThat(back.status()).isEqualTo(409);
        assertThat(back.json().path("rule").asString()).isEqualTo("DATE_BEFORE_PREVIOUS_TRANSITION");
        assertThat(back.json().path("detail").asString()).startsWith("date: 2024-02-01 is before the previous transition (2024-03-01)");
        assertThat(api.post(path + "/transitions", cw, Map.of("to", "DETECTION")).json().path("rule").asString()).isEqualTo("CORRECTION_NEEDS_REASON");
        assertThat(fields(api.post(path + "/transitions", cw, Map.of("to", "LIMBO", "date", "2024/03/02"))))
                .containsExactly("to: unknown stage 'LIMBO'", "date: must be a date YYYY-MM-DD, not '2024/03/02'");
        assertThat(fields(api.post(path + "/transitions", cw, Map.of("to", "SUPPORT", "when", "2024-03-02")))).containsExactly("when: unknown field");
        assertThat(fields(api.post(path + "/close", cw, Map.of("reason", "BORED")))).containsExactly("reason: unknown close reason 'BORED'");
        assertThat(api.post(path + "/close", cw, Map.of()).json().path("rule").asString()).isEqualTo("CLOSE_NEEDS_REASON");
        assertThat(api.post(path + "/close", cw, Map.of("reason", "REFERRED_ABROAD", "date", "2024-03-05")).status()).isEqualTo(201);
        assertThat(api.get(path, cw).json().path("status").asString()).isEqualTo("CLOSED_REFERRED");
        assertThat(api.post(path + "/transitions", cw, Map.of("to", "SUPPORT")).json().path("rule").asString()).isEqualTo("CASE_CLOSED");
        assertThat(api.post(path + "/reopen", cw, Map.of()).json().path("rule").asString()).isEqualTo("REOPEN_NEEDS_REASON");
        assertThat(api.post(path + "/reopen", cw, Map.of("reason", "came back", "date", "2024-03-04")).json().path("rule").asString())
                .isEqualTo("DATE_BEFORE_PREVIOUS_TRANSITION");
        assertThat(api.post(path + "/reopen", cw, Map.of("reason", "came back")).status()).isEqualTo(201);
        JsonNode c = api.get(path, cw).json();
        assertThat(c.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(c.path("stage").asString()).isEqualTo("PROTECTION");
        assertThat(c.path("transitions").size()).isEqualTo(4);
    }

    @Test
    void anEditWithOneBadFieldSavesNothingAtAll() {
        String code = api.post("/api/v1/cases", cw, Map.of("gender", "FEMININE")).json().path("code").asString();
        Api.Answer a = api.send("PATCH", "/api/v1/cases/" + code + "/summary", cw,
                "{\"version\":0,\"gender\":\"MASCULINE\",\"controlMethods\":[\"DebtBondage\",\"Hypnosis\"]}", Map.of());
        assertThat(fields(a)).containsExactly("controlMethods: unknown code 'Hypnosis'");
        JsonNode now = api.get("/api/v1/cases/" + code, cw).json();
        assertThat(now.path("gender").asString()).isEqualTo("FEMININE");
        assertThat(now.path("version").asInt()).isZero();
        assertThat(fields(api.send("PATCH", "/api/v1/cases/" + code + "/summary", cw, "{\"gender\":\"MASCULINE\"}", Map.of())))
                .containsExactly("version: is required (the version you read)");
        assertThat(fields(api.send("PATCH", "/api/v1/cases/" + code + "/summary", cw, "{\"version\":0,\"status\":\"CLOSED\"}", Map.of())))
                .containsExactly("status: close the case with a reason instead");
        assertThat(fields(api.send("PATCH", "/api/v1/cases/" + code + "/summary", cw, "{\"version\":0,\"registrationDate\":\"2020-01-01\"}", Map.of())))
                .containsExactly("registrationDate: cannot be changed once recorded");
        String external = CaseFixtures.unique("EXT-");
        api.post("/api/v1/cases", cw, Map.of("externalId", external));
        assertThat(fields(api.post("/api/v1/cases", cw, Map.of("externalId", external))))
                .containsExactly("externalId: is already used for another case of PAG_ASA");
        assertThat(fields(api.send("PATCH", "/api/v1/cases/" + code + "/summary", cw, "{\"version\":0,\"externalId\":\"" + external + "\"}", Map.of())))
                .containsExactly("externalId: is already used for another case of PAG_ASA");
    }

    @Test
    void recordsNameTheirProblemsToo() {
        String code = api.post("/api/v1/cases", cw, Map.of()).json().path("code").asString();
        String other = api.post("/api/v1/cases", cw, Map.of()).json().path("code").asString();
        long objective = api.post("/api/v1/cases/" + other + "/objectives", cw, Map.of("type", "HEALTH", "objective", "x")).json().path("id").asLong();
        assertThat(fields(api.post("/api/v1/cases/" + code + "/actions", cw, Map.of("objectiveId", objective, "type", "HEALTH", "description", "y"))))
                .containsExactly("objectiveId: is not an objective of this case's support plan");
        assertThat(fields(api.post("/api/v1/cases/" + code + "/notes", cw, Map.of("body", "x")))).hasSize(1)
                .first().asString().startsWith("compartment: is required");
        assertThat(fields(api.post("/api/v1/cases/" + code + "/notes", cw, Map.of("compartment", "DIARY", "body", "x"))))
                .containsExactly("compartment: unknown compartment 'DIARY'");
        assertThat(fields(api.post("/api/v1/cases/" + code + "/notes", cw, Map.of("compartment", "SUPPORT"))))
                .containsExactly("body: is required");
        assertThat(fields(api.post("/api/v1/cases/" + code + "/phones", cw, Map.of("phone", "call me maybe"))))
                .containsExactly("phone: is not a phone number");
        assertThat(fields(api.post("/api/v1/cases/" + code + "/tasks", cw, Map.of("compartment", "SUPPORT", "title", "x", "owner", "police"))))
                .containsExactly("owner: 'police' is not an active user of your organisation");
        assertThat(fields(api.send("PATCH", "/api/v1/cases/" + code + "/legal", cw, "{\"version\":0,\"compensationAwarded\":\"-5\"}", Map.of())))
                .containsExactly("compensationAwarded: must be an amount of at least 0 with at most 2 decimals");
        assertThat(fields(api.post("/api/v1/cases/" + code + "/notes", cw, "[1,2]"))).containsExactly("body: must be a JSON object");
        assertThat(api.post("/api/v1/cases/" + code + "/notes", cw, "{not json").status()).isEqualTo(400);
    }
}
