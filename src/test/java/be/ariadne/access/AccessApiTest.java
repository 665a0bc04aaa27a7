package be.ariadne.access;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.Api;
import be.ariadne.testsupport.IntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The API sign-in contract (contracts/api-access.md), its problem documents, and account administration. */
@IntegrationTest
class AccessApiTest {
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void aTokenIsIssuedForGoodCredentialsAndStoredOnlyAsAHash() {
        Api.Answer a = api.post("/api/v1/tokens", null, Map.of("username", "caseworker", "password", "demo"));
        assertThat(a.status()).isEqualTo(201);
        String token = a.json().path("token").asString();
        Instant expires = Instant.parse(a.json().path("expiresAt").asString());
        assertThat(token).hasSizeGreaterThanOrEqualTo(40);
        assertThat(expires).isBetween(Instant.now().plusSeconds(8 * 3600 - 120), Instant.now().plusSeconds(8 * 3600 + 120));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = ?").param(token).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = ?").param(TokenService.hash(token)).query(Long.class).single()).isOne();
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameProblem() {
        Api.Answer wrong = api.post("/api/v1/tokens", null, Map.of("username", "analyst", "password", "nope"));
        Api.Answer unknown = api.post("/api/v1/tokens", null, Map.of("username", "nobody-here", "password", "nope"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknown.status()).isEqualTo(401);
        for (String f : List.of("status", "title", "detail")) {
            assertThat(unknown.json().path(f)).isEqualTo(wrong.json().path(f));
        }
        jdbc.sql("UPDATE app_user SET failed_logins = 0 WHERE username = 'analyst'").update();
    }

    @Test
    void callsWithoutValidTokenAre401AndWithoutRightAre403() {
        Api.Answer none = api.get("/api/v1/admin/users", null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("Content-Type")).startsWith("application/problem+json");
        assertThat(none.json().path("status").asInt()).isEqualTo(401);

        assertThat(api.get("/api/v1/admin/users", "not-a-token").status()).isEqualTo(401);

        String caseworker = api.token("caseworker", "demo");
        Api.Answer forbidden = api.get("/api/v1/admin/users", caseworker);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().path("title").asString()).isEqualTo("Forbidden");

        String admin = api.token("admin", "demo");
        assertThat(api.get("/api/v1/admin/users", admin).status()).isEqualTo(200);
    }

    @Test
    void aRevokedOrExpiredTokenNoLongerWorks() {
        String token = api.token("admin", "demo");
        assertThat(api.delete("/api/v1/tokens/current", token).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/admin/users", token).status()).isEqualTo(401);

        String other = api.token("admin", "demo");
        jdbc.sql("UPDATE api_token SET expires_at = ? WHERE token_hash = ?")
                .params(java.time.OffsetDateTime.now().minusMinutes(1), TokenService.hash(other)).update();
        assertThat(api.get("/api/v1/admin/users", other).status()).isEqualTo(401);
    }

    @Test
    void repeatedFailuresLockTheAccountUntilAnAdministratorResetsIt() {
        String admin = api.token("admin", "demo");
        Api.Answer created = api.post("/api/v1/admin/users", admin, Map.of("username", "locktest", "displayName", "Lock Test",
                "organisation", "PAYOKE", "roles", List.of("CASE_WORKER")));
        assertThat(created.status()).isEqualTo(201);
        String temp = created.json().path("temporaryPassword").asString();
        for (int i = 0; i < 5; i++) {
            assertThat(api.post("/api/v1/tokens", null, Map.of("username", "locktest", "password", "wrong" + i)).status()).isEqualTo(401);
        }
        // The right password no longer opens a locked account, and the answer does not say why.
        Api.Answer locked = api.post("/api/v1/tokens", null, Map.of("username", "locktest", "password", temp));
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.body()).doesNotContainIgnoringCase("lock");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'ACCOUNT_LOCKED' AND object_id = 'locktest'")
                .query(Long.class).single()).isOne();

        String fresh = api.post("/api/v1/admin/users/locktest/password-reset", admin, Map.of()).json().path("temporaryPassword").asString();
        assertThat(api.post("/api/v1/tokens", null, Map.of("username", "locktest", "password", fresh)).status()).isEqualTo(201);
    }

    @Test
    void administratorsCreateAndDeactivateButNeverDelete() {
        String admin = api.token("admin", "demo");
        Api.Answer org = api.post("/api/v1/admin/organisations", admin, Map.of("code", "NGO_TEST", "name", "Test NGO", "type", "FIRST_LINE"));
        assertThat(org.status()).isEqualTo(201);
        assertThat(org.header("Location")).isEqualTo("/api/v1/admin/organisations/NGO_TEST");

        Api.Answer badRole = api.post("/api/v1/admin/users", admin, Map.of("username", "ngo.worker", "displayName", "NGO worker",
                "organisation", "NGO_TEST", "roles", List.of("CASE_WORKER", "WIZARD")));
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.json().path("errors").get(0).path("field").asString()).isEqualTo("roles");
        assertThat(badRole.body()).contains("WIZARD");

        Api.Answer notAllowed = api.post("/api/v1/admin/users", admin, Map.of("username", "ngo.worker", "displayName", "NGO worker",
                "organisation", "NGO_TEST", "roles", List.of("CASE_WORKER")));
        assertThat(notAllowed.status()).isEqualTo(400);
        assertThat(notAllowed.body()).contains("CASE_WORKER cannot be held in an organisation of type FIRST_LINE");

        Api.Answer user = api.post("/api/v1/admin/users", admin, Map.of("username", "ngo.worker", "displayName", "NGO worker",
                "organisation", "NGO_TEST", "roles", List.of("FIRST_LINE")));
        assertThat(user.status()).isEqualTo(201);
        String workerToken = api.token("ngo.worker", user.json().path("temporaryPassword").asString());

        JsonNode deactivated = api.post("/api/v1/admin/users/ngo.worker/deactivate", admin, Map.of()).json();
        assertThat(deactivated.path("active").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/admin/users", workerToken).status()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = 'ngo.worker'").query(Long.class).single()).isOne();

        Api.Answer stale = api.post("/api/v1/admin/organisations/NGO_TEST/deactivate", admin, Map.of("version", 99));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.post("/api/v1/admin/organisations/NGO_TEST/deactivate", admin, Map.of()).json().path("active").asBoolean()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action IN ('USER_CREATED','USER_DEACTIVATED','ORGANISATION_CREATED','ORGANISATION_DEACTIVATED') AND object_id IN ('ngo.worker','NGO_TEST')")
                .query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void passwordsAreHashedWithArgon2id() {
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'caseworker'").query(String.class).single();
        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain("demo");
    }

    @Test
    void malformedOversizedAndUnknownRequestsGetProblemDocuments() {
        Api.Answer malformed = api.post("/api/v1/tokens", null, "{\"username\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("errors").get(0).path("field").asString()).isEqualTo("body");
        assertThat(malformed.body()).doesNotContain("at com.").doesNotContain("Exception");

        Api.Answer missing = api.post("/api/v1/tokens", null, Map.of("username", "x"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("errors").get(0).path("field").asString()).isEqualTo("password");

        String big = "{\"username\":\"" + "x".repeat(70_000) + "\",\"password\":\"y\"}";
        Api.Answer tooBig = api.post("/api/v1/tokens", null, big);
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.json().path("errors").get(0).path("message").asString()).contains("larger than 65536 bytes");

        String token = api.token("admin", "demo");
        Api.Answer unknown = api.get("/api/v1/no-such-thing", token);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void everyLoginSuccessAndFailureIsAudited() {
        long before = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action IN ('LOGIN_SUCCESS','LOGIN_FAILURE') AND object_id = 'prosecutor'")
                .query(Long.class).single();
        api.token("prosecutor", "demo");
        api.post("/api/v1/tokens", null, Map.of("username", "prosecutor", "password", "bad"));
        long after = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action IN ('LOGIN_SUCCESS','LOGIN_FAILURE') AND object_id = 'prosecutor'")
                .query(Long.class).single();
        assertThat(after - before).isEqualTo(2);
        jdbc.sql("UPDATE app_user SET failed_logins = 0 WHERE username = 'prosecutor'").update();
    }
}
