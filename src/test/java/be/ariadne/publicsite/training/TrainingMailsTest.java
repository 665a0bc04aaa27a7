package be.ariadne.publicsite.training;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.shared.mail.Mailer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class TrainingMailsTest {
    record Sent(String to, String subject, String body) {
    }

    static final class RecordingMailer implements Mailer {
        final List<Sent> sent = new ArrayList<>();
        final boolean enabled;

        RecordingMailer(boolean enabled) {
            this.enabled = enabled;
        }

        @Override
        public boolean enabled() {
            return enabled;
        }

        @Override
        public boolean send(String to, String subject, String body) {
            sent.add(new Sent(to, subject, body));
            return enabled;
        }
    }

    static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final TrainingSession SESSION = new TrainingSession(7, "Signaux de la traite", null, "fr",
            Instant.parse("2026-06-02T07:30:00Z"), 120, "Salle 1", null, 10, SessionStatus.SCHEDULED, 0, 10, 2);
    static final Registration FR = new Registration(3, 7, RegistrationStatus.WAITING, "Lou Exemple", "Org", "Infirmière",
            "lou@example.org", true, "fr", Instant.now(), null, null, null);

    static {
        MESSAGES.setBasenames("i18n/publicsite", "i18n/publicsite-training");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    @Test
    void withSmtpAndThePublicAddressTheLinkGoesByEmailInTheRegistrantsLanguage() {
        RecordingMailer mailer = new RecordingMailer(true);
        TrainingMails mails = new TrainingMails(mailer, MESSAGES, BRUSSELS, "https://ariadne.example.org/");
        String link = mails.personalLink("AAAAAAAAAAAAAAAAAAAAAA", "http://attacker.example");
        assertThat(link).isEqualTo("https://ariadne.example.org/training/registration/AAAAAAAAAAAAAAAAAAAAAA");
        assertThat(mails.registered(FR, SESSION, link, 2)).isTrue();
        Sent mail = mailer.sent.get(0);
        assertThat(mail.to()).isEqualTo("lou@example.org");
        assertThat(mail.subject()).isEqualTo("Votre inscription : Signaux de la traite");
        assertThat(mail.body()).contains("Bonjour Lou Exemple").contains("numéro 2 sur la liste d'attente").contains(link)
                .contains("mardi 2 juin 2026");
        mails.promoted(FR, SESSION);
        assertThat(mailer.sent.get(1).subject()).isEqualTo("Une place s'est libérée pour vous : Signaux de la traite");
    }

    @Test
    void withoutThePublicAddressOrWithoutSmtpNothingIsSentAndThePageShowsTheLink() {
        RecordingMailer noAddress = new RecordingMailer(true);
        TrainingMails mails = new TrainingMails(noAddress, MESSAGES, BRUSSELS, "");
        assertThat(mails.enabled()).isFalse();
        assertThat(mails.registered(FR, SESSION, "x", 0)).isFalse();
        mails.sessionCancelled(FR, SESSION);
        assertThat(noAddress.sent).isEmpty();
        assertThat(mails.personalLink("T", "http://localhost:8080")).isEqualTo("http://localhost:8080/training/registration/T");

        RecordingMailer noSmtp = new RecordingMailer(false);
        assertThat(new TrainingMails(noSmtp, MESSAGES, BRUSSELS, "https://ariadne.example.org").registered(FR, SESSION, "x", 0)).isFalse();
        assertThat(noSmtp.sent).isEmpty();
    }
}
