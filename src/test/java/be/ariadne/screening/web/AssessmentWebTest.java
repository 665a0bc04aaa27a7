package be.ariadne.screening.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.IntegrationTest;
import be.ariadne.testsupport.WebClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The full assessment: the six dimensions with strengths per applicable list, the verdicts, the pre-fill from a quick screen, the htmx fragment. */
@IntegrationTest
class AssessmentWebTest {
    @LocalServerPort int port;
    WebClient web;

    @BeforeEach
    void signIn() {
        web = new WebClient(port);
        web.login("caseworker", "demo");
    }

    @Test
    void theSixDimensionsAndTheirIndicatorsAreShownWithTheirStrengths() {
        HttpResponse<String> page = web.get("/screening/assessment");
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        for (String d : new String[] {"DR", "CR", "VR", "EX", "CD", "VD"}) {
            assertThat(body).contains("id=\"dim-" + d + "-title\"").contains("id=\"verdict-" + d + "\"");
        }
        assertThat(body.split("name=\"indicators\"", -1)).hasSize(68);
        assertThat(body).containsPattern("id=\"str-DR_JOB_NATURE\"[^>]*><span>Strength</span>: <span>strong</span>");
        assertThat(body).containsPattern("id=\"str-DR_EDUCATION\"[^>]*><span>Strength</span>: <span>weak</span>");
        assertThat(body).contains("adults, labour exploitation")
                .contains("Re-evaluate")
                .contains("hx-post=\"/screening/assessment/verdict\"")
                .contains("Not positive: 0 strong, 0 medium, 0 weak");
    }

    @Test
    void reEvaluatingWithoutJavaScriptGivesTheVerdictPerDimensionAndTheQualification() {
        HttpResponse<String> page = WebForms.post(web, port, "/screening/assessment",
                "age", "34", "actions", "RECRUITED", "exploitation", "LABOUR",
                "indicators", "EX_EXCESSIVE_HOURS", "indicators", "EX_BAD_LIVING", "indicators", "DR_JOB_NATURE");
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).containsPattern("id=\"verdict-EX\"[^>]*>\\s*<span class=\"badge urgent\">Positive: 1 strong, 1 medium, 0 weak");
        assertThat(body).containsPattern("id=\"verdict-DR\"[^>]*>\\s*<span class=\"badge\">Not positive: 1 strong, 0 medium, 0 weak");
        assertThat(body).contains("This is likely human trafficking.")
                .contains("Refer the person to a specialised centre")
                .containsPattern("id=\"ind-EX_EXCESSIVE_HOURS\"[^>]*checked");
    }

    @Test
    void thePresumedMinorityAndTheFormsChooseTheListsAndSoTheStrengths() {
        String child = WebForms.post(web, port, "/screening/assessment", "age", "15").body();
        assertThat(child).contains("children, labour exploitation");
        assertThat(child).containsPattern("id=\"str-DR_EDUCATION\"[^>]*><span>Strength</span>: <span>strong</span>");
        assertThat(child).containsPattern("id=\"str-VR_FALSE_LAW_INFO\" class=\"strength not-in-list\"[^>]*><span>Strength</span>: <span>not in this list</span>");
        String both = WebForms.post(web, port, "/screening/assessment", "exploitation", "SEXUAL", "exploitation", "BEGGING").body();
        assertThat(both).containsPattern("id=\"str-EX_EXCESSIVE_HOURS\"[^>]*><span>Strength</span>: <span>strong \\(adults, labour exploitation\\) · medium \\(adults, sexual exploitation\\)</span>");
    }

    @Test
    void theHtmxVerdictAnswersOnlyTheChangedPartsOutOfBand() {
        HttpResponse<String> fragment = WebForms.post(web, port, "/screening/assessment/verdict",
                "indicators", "CD_DOCUMENTS", "indicators", "CD_DEBT");
        assertThat(fragment.statusCode()).isEqualTo(200);
        String body = fragment.body();
        assertThat(body).doesNotContain("<html").doesNotContain("<form")
                .containsPattern("id=\"verdict-CD\" class=\"verdict positive\"\\s+hx-swap-oob=\"true\"")
                .contains("Positive: 2 strong, 0 medium, 0 weak")
                .contains("id=\"str-CD_DEBT\"")
                .contains("id=\"assessment-result\"")
                .contains("id=\"verdict-summary\" class=\"verdict-summary\" role=\"status\" hx-swap-oob=\"innerHTML\"")
                .contains("id=\"form-problems\" hx-swap-oob=\"true\"");
        HttpResponse<String> invalid = WebForms.post(web, port, "/screening/assessment/verdict", "age", "200");
        assertThat(invalid.statusCode()).as("htmx swaps 200 answers only").isEqualTo(200);
        assertThat(invalid.body()).contains("The age must be between 0 and 120 years.")
                .contains("Correct the problems above to see the verdict.");
    }

    @Test
    void aQuickScreenContinuesAsAFullAssessmentWithItsSignsAsIndicators() {
        HttpResponse<String> page = WebForms.post(web, port, "/screening/assessment", "from", "quick",
                "signs", "DOCUMENTS_CONFISCATED", "signs", "DEBT_TO_PAY_OFF", "age", "16", "otherSign", "works at night");
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("Pre-filled from the quick screen: the signs Identity documents confiscated; Obliged to pay off a significant debt")
                .containsPattern("id=\"ind-CD_DOCUMENTS\"[^>]*checked")
                .containsPattern("id=\"ind-CD_DEBT\"[^>]*checked")
                .containsPattern("id=\"age\"[^>]*value=\"16\"")
                .contains("works at night")
                .doesNotContain("name=\"signs\"");
    }

    @Test
    void aBadAssessmentIsShownAgainWithTheFieldMarked() {
        HttpResponse<String> page = WebForms.post(web, port, "/screening/assessment", "age", "-3", "indicators", "XX_FAKE");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("<a href=\"#age\">Age (years)</a>")
                .contains("<a href=\"#indicators\">Indicators</a>")
                .containsPattern("id=\"age\"[^>]*aria-invalid=\"true\"")
                .contains("id=\"indicators-error\"");
    }
}
