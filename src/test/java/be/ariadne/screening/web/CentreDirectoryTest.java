package be.ariadne.screening.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.screening.CentreContact;
import be.ariadne.screening.CentreDirectory;
import be.ariadne.testsupport.IntegrationTest;
import be.ariadne.testsupport.WebClient;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;

/** A centre directory contributed by another module (as the referral module will) is asked first; the shipped one knows none. */
@IntegrationTest
@Import(CentreDirectoryTest.Directory.class)
class CentreDirectoryTest {
    @LocalServerPort int port;

    @TestConfiguration
    static class Directory {
        /** Synthetic: answers for Brussels postal codes only, with a made-up number. */
        @Bean
        @Order(0)
        CentreDirectory syntheticDirectory() {
            return postalCode -> postalCode != null && postalCode.startsWith("1")
                    ? Optional.of(new CentreContact("PAG_ASA", "PAG-ASA (synthetic test entry)", "+32 0 000 00 00", "test@example.invalid"))
                    : Optional.empty();
        }
    }

    @Test
    void theResultShowsTheCentreForThePlaceOrNamesTheCentresInWords() {
        WebClient web = new WebClient(port);
        web.login("frontline", "demo");
        String brussels = WebForms.post(web, port, "/screening/quick", "danger", "no", "postalCode", "1000",
                "signs", "NO_PAY", "signs", "DEBT_TO_PAY_OFF", "signs", "LITTLE_SOCIAL_CONTACT").body();
        assertThat(brussels).contains("PAG-ASA (synthetic test entry)")
                .contains("href=\"tel:+3200000000\"").contains("+32 0 000 00 00")
                .contains("href=\"mailto:test@example.invalid\"")
                .doesNotContain("class=\"contact-placeholder\"");
        String liege = WebForms.post(web, port, "/screening/quick", "danger", "no", "postalCode", "4000",
                "signs", "NO_PAY", "signs", "DEBT_TO_PAY_OFF", "signs", "LITTLE_SOCIAL_CONTACT").body();
        assertThat(liege).contains("class=\"contact-placeholder\"").contains("Sürya (Wallonia)")
                .doesNotContain("synthetic test entry");
        String nothingToDo = WebForms.post(web, port, "/screening/quick", "danger", "no", "postalCode", "1000").body();
        assertThat(nothingToDo).as("no centre when there is nothing to refer").doesNotContain("synthetic test entry")
                .contains("No action needed");
    }
}
