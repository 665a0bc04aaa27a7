package be.ariadne.access;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.IntegrationTest;
import be.ariadne.testsupport.WebClient;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The screens: form sign-in, session, CSRF, headers, error pages, forced password change. */
@IntegrationTest
class WebSecurityTest {
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;

    @Test
    void signingInLeadsToTheRoleHomePageWithStrictHeaders() {
        WebClient web = new WebClient(port);
        HttpResponse<String> login = web.login("caseworker", "demo");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/home");
        HttpResponse<String> home = web.get("/home");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Home — case worker").contains("Demo — synthetic data only");
        String csp = home.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(home.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        // Plain HTTP: no HSTS; behind a TLS proxy that says so: HSTS.
        assertThat(home.headers().firstValue("Strict-Transport-Security")).isEmpty();
        HttpResponse<String> viaTls = web.get("/home", Map.of("X-Forwarded-Proto", "https"));
        assertThat(viaTls.headers().firstValue("Strict-Transport-Security").orElse("")).contains("max-age=31536000");
        HttpCookie session = web.cookies().getCookieStore().get(URI.create("http://localhost:" + port)).stream()
                .filter(c -> c.getName().equals("ARIADNE_SESSION")).findFirst().orElseThrow();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = 'caseworker'").query(Long.class).single())
                .isPositive();
    }

    @Test
    void aWrongPasswordShowsOneClearMessage() {
        WebClient web = new WebClient(port);
        HttpResponse<String> r = web.login("immigration", "wrong");
        assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        HttpResponse<String> page = web.get("/login?error");
        assertThat(page.body()).contains("Sign-in failed: wrong username or password");
        jdbc.sql("UPDATE app_user SET failed_logins = 0 WHERE username = 'immigration'").update();
    }

    @Test
    void pagesNeedSignInAndAFormWithoutCsrfTokenIsRefused() {
        WebClient web = new WebClient(port);
        HttpResponse<String> home = web.get("/home");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElse("")).endsWith("/login");

        web.login("admin", "demo");
        web.get("/admin/organisations");
        HttpResponse<String> noCsrf = web.post("/admin/organisations", Map.of("code", "NO_CSRF", "name", "x", "type", "COURT"), false);
        assertThat(noCsrf.statusCode()).isEqualTo(403);
        assertThat(noCsrf.body()).contains("Not allowed").doesNotContain("Exception").doesNotContain("at org.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM organisation WHERE code = 'NO_CSRF'").query(Long.class).single()).isZero();
    }

    @Test
    void anExpiredSessionIsToldSo() {
        WebClient web = new WebClient(port);
        web.login("analyst", "demo");
        assertThat(web.get("/home").statusCode()).isEqualTo(200);
        jdbc.sql("DELETE FROM spring_session WHERE principal_name = 'analyst'").update();
        HttpResponse<String> after = web.get("/home");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login?expired");
        assertThat(web.get("/login?expired").body()).contains("Your session expired");
    }

    @Test
    void unknownPagesAndForbiddenPagesGetClearPagesInTheUsersLanguage() {
        WebClient web = new WebClient(port);
        web.login("frontline", "demo");
        HttpResponse<String> missing = web.get("/no/such/page", Map.of("Accept-Language", "nl-BE,nl;q=0.9"));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Pagina niet gevonden").doesNotContain("Exception");
        HttpResponse<String> forbidden = web.get("/admin/users");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("Not allowed");
        HttpResponse<String> french = web.get("/home?lang=fr");
        assertThat(french.body()).contains("Accueil — professionnel de première ligne").contains("lang=\"fr\"");
        assertThat(web.get("/home").body()).as("the choice is remembered").contains("Accueil");
    }

    @Test
    void aResetPasswordMustBeChangedBeforeAnythingElse() {
        WebClient admin = new WebClient(port);
        admin.login("admin", "demo");
        admin.get("/admin/users");
        HttpResponse<String> created = admin.post("/admin/users", Map.of("username", "newcomer", "displayName", "New Comer",
                "organisation", "SURYA", "roles", "CASE_WORKER"));
        assertThat(created.statusCode()).isEqualTo(200);
        String temp = created.body().replaceAll("(?s).*<p class=\"secret\"><code>([^<]+)</code>.*", "$1");
        assertThat(temp).hasSize(16);

        WebClient user = new WebClient(port);
        assertThat(user.login("newcomer", temp).headers().firstValue("Location").orElse("")).endsWith("/home");
        HttpResponse<String> home = user.get("/home");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElse("")).endsWith("/account/password");
        user.get("/account/password");
        HttpResponse<String> tooShort = user.post("/account/password", Map.of("currentPassword", temp, "newPassword", "short", "confirmation", "short"));
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("must be at least 12 characters");
        HttpResponse<String> ok = user.post("/account/password", Map.of("currentPassword", temp,
                "newPassword", "a long enough passphrase", "confirmation", "a long enough passphrase"));
        assertThat(ok.headers().firstValue("Location").orElse("")).endsWith("/home");
        assertThat(user.get("/home").statusCode()).isEqualTo(200);
    }
}
