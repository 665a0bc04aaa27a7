package be.ariadne.screening.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.IntegrationTest;
import be.ariadne.testsupport.WebClient;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The quick screen as a browser without JavaScript uses it: plain links and form posts. */
@IntegrationTest
class QuickScreenWebTest {
    @LocalServerPort int port;
    WebClient web;

    @BeforeEach
    void signIn() {
        web = new WebClient(port);
        web.login("frontline", "demo");
    }

    @Test
    void theFirstQuestionIsWhetherAnyoneIsInImmediateDanger() {
        HttpResponse<String> page = web.get("/screening/quick");
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("Is anyone in immediate danger now?")
                .contains("name=\"danger\" value=\"yes\"").contains("name=\"danger\" value=\"no\"")
                .as("nothing else is asked before the answer").doesNotContain("name=\"signs\"");
        assertThat(body).contains("<form method=\"get\" action=\"/screening/quick\"");
    }

    @Test
    void yesShowsTheCall112ButtonBeforeAnythingElse() {
        String body = web.get("/screening/quick?danger=yes").body();
        int call = body.indexOf("href=\"tel:112\" >Call 112</a>".replace(" >", ">"));
        assertThat(call).as(body).isPositive();
        // The layout's danger strip also links to tel:112; the page's own button comes before the signs.
        int main = body.indexOf("<main");
        int button = body.indexOf("class=\"button call\" href=\"tel:112\"");
        int firstSign = body.indexOf("name=\"signs\"");
        assertThat(button).isGreaterThan(main).isLessThan(firstSign);
        assertThat(body.indexOf("role=\"alert\"", main)).isLessThan(firstSign);
        assertThat(body).contains("<input type=\"hidden\" name=\"danger\" value=\"yes\"");
    }

    @Test
    void noShowsTheElevenSignsWithTheirExplanationsAndSaysTheListIsNotExhaustive() {
        String body = web.get("/screening/quick?danger=no").body();
        assertThat(body).doesNotContain("class=\"button call\"");
        assertThat(body.split("name=\"signs\"", -1)).hasSize(12);
        assertThat(body).contains("No freedom of movement")
                .contains("The person cannot come and go as they wish")
                .contains("not all of them: other signs can exist")
                .contains("name=\"otherSign\"")
                .contains("name=\"age\"").contains("name=\"maybeMinor\"")
                .contains("name=\"borderCrossed\"").contains("name=\"exploitation\"");
    }

    @Test
    void theResultSaysInPlainWordsWhatItMayBeAndWhatToDo() {
        web.get("/screening/quick?danger=no");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("danger", "no");
        form.put("signs", "NO_PAY");
        form.put("age", "16");
        form.put("otherSign", "sleeps in the van");
        HttpResponse<String> result = postMulti("/screening/quick", form,
                Map.of("signs", new String[] {"NO_PAY", "DOCUMENTS_CONFISCATED", "DEBT_TO_PAY_OFF"},
                        "actions", new String[] {"RECRUITED"}, "exploitation", new String[] {"LABOUR"}));
        assertThat(result.statusCode()).isEqualTo(200);
        String body = result.body();
        assertThat(body).contains("This may be human trafficking.")
                .contains("The person may be a child")
                .contains("Contact a specialised centre to discuss the situation")
                .contains("Alert child protection services")
                .contains("PAG-ASA (Brussels), Payoke (Flanders) or Sürya (Wallonia)")
                .contains("sleeps in the van")
                .contains("Continue with the full assessment")
                .contains("Save the signal")
                .doesNotContain("class=\"button call\"");
    }

    @Test
    void dangerYesGivesCall112FirstInTheResult() {
        web.get("/screening/quick?danger=yes");
        HttpResponse<String> result = web.post("/screening/quick", Map.of("danger", "yes"));
        String body = result.body();
        int main = body.indexOf("<main");
        assertThat(body.indexOf("class=\"button call\" href=\"tel:112\"", main)).isPositive()
                .isLessThan(body.indexOf("What it may be", main));
        assertThat(body).contains("Call the police now: 112");

        // Even when saving is refused, calling 112 comes before the list of problems.
        String refused = WebForms.post(web, port, "/screening/signals", "origin", "quick", "danger", "yes").body();
        int refusedMain = refused.indexOf("<main");
        assertThat(refused.indexOf("class=\"button call\" href=\"tel:112\"", refusedMain)).isPositive()
                .isLessThan(refused.indexOf("id=\"problems\"", refusedMain));
    }

    @Test
    void aRefusedFormIsShownAgainWithEveryFieldMarked() {
        web.get("/screening/quick?danger=no");
        HttpResponse<String> refused = postMulti("/screening/quick", Map.of("danger", "no", "age", "abc", "citizenship", "XX"),
                Map.of("signs", new String[] {"NO_PAY", "NOT_A_SIGN"}));
        assertThat(refused.statusCode()).isEqualTo(400);
        String body = refused.body();
        assertThat(body).contains("Please correct the following")
                .contains("<a href=\"#age\">Age (years)</a>")
                .contains("<a href=\"#citizenship\">Citizenship</a>")
                .contains("<a href=\"#signs\">Warning signs</a>")
                .contains("id=\"age-error\"")
                .contains("Enter the age as a whole number of years")
                .contains("Unknown choice &quot;NOT_A_SIGN&quot;");
        assertThat(body).containsPattern("id=\"age\"[^>]*value=\"abc\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"age-error age-hint\"");
        assertThat(body).containsPattern("id=\"citizenship\"[^>]*aria-invalid=\"true\"");
        assertThat(body).as("what was ticked stays ticked").containsPattern("id=\"sign-NO_PAY\"[^>]*checked");
        HttpResponse<String> tooOld = web.post("/screening/quick", Map.of("danger", "no", "age", "121"));
        assertThat(tooOld.statusCode()).isEqualTo(400);
        assertThat(tooOld.body()).contains("The age must be between 0 and 120 years.");
    }

    @Test
    void theScreensSpeakTheUsersLanguage() {
        assertThat(web.get("/screening/quick?lang=fr").body()).contains("Quelqu&#39;un est-il en danger immédiat maintenant ?");
        assertThat(web.get("/screening/quick?danger=no&lang=nl").body()).contains("Geen bewegingsvrijheid");
        assertThat(web.get("/screening/quick?lang=de").body()).contains("Ist jemand jetzt in unmittelbarer Gefahr?");
        web.get("/screening/quick?lang=en");
    }

    @Test
    void analystsAndAdministratorsDoNotScreenAndSignInIsRequired() {
        WebClient anonymous = new WebClient(port);
        assertThat(anonymous.get("/screening/quick").statusCode()).isEqualTo(302);
        for (String user : new String[] {"analyst", "admin"}) {
            WebClient other = new WebClient(port);
            other.login(user, "demo");
            assertThat(other.get("/screening/quick").statusCode()).as(user).isEqualTo(403);
            assertThat(other.get("/screening/signals").statusCode()).as(user).isEqualTo(403);
            assertThat(other.get("/home").body()).doesNotContain("/screening/quick");
        }
        String home = web.get("/home").body();
        assertThat(home).contains("Met someone who may be a victim?").contains("href=\"/screening/quick\"");
    }

    /** Posts single values and repeated values (check boxes). */
    HttpResponse<String> postMulti(String path, Map<String, String> single, Map<String, String[]> repeated) {
        return WebForms.post(web, port, path, WebForms.fields(single, repeated));
    }
}
