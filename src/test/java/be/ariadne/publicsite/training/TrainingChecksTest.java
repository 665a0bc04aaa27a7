package be.ariadne.publicsite.training;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.publicsite.guard.FormProblems;
import be.ariadne.shared.FieldProblem;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class TrainingChecksTest {
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");
    static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames("i18n/publicsite", "i18n/publicsite-training");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    @Test
    void aSessionIsPlannedInBrusselsTime() {
        FormProblems p = new FormProblems(MESSAGES, Locale.ENGLISH);
        TrainingChecks.ValidSession s = TrainingChecks.session(new SessionForm("Detecting victims", null, "fr", "2026-06-02", "09:30",
                "180", "IN_PERSON", "Rue de l'Exemple 1, 1000 Bruxelles", null, "20"), BRUSSELS, NOW, p);
        assertThat(p.list()).isEmpty();
        assertThat(s.startsAt()).isEqualTo(Instant.parse("2026-06-02T07:30:00Z"));
        assertThat(s.onlineUrl()).isNull();
    }

    @Test
    void everyBadFieldOfASessionIsNamed() {
        FormProblems p = new FormProblems(MESSAGES, Locale.ENGLISH);
        TrainingChecks.session(new SessionForm("x".repeat(201), null, "xx", "2026-04-30", "09:30", "5", "ONLINE", null,
                "http://meet.example.org/a", "0"), BRUSSELS, NOW, p);
        assertThat(p.list()).extracting(FieldProblem::field)
                .containsExactly("topic", "language", "date", "durationMinutes", "capacity", "onlineUrl");
        assertThat(p.list().get(2).message()).isEqualTo("Date: must be in the future.");
        assertThat(p.list().get(3).message()).isEqualTo("Duration in minutes: must be between 15 and 1,440.");
    }

    @Test
    void aRegistrationNeedsEveryFieldAndConsent() {
        FormProblems p = new FormProblems(MESSAGES, Locale.ENGLISH);
        TrainingChecks.registration(new RegistrationForm("t", "", " ", "Org", "Nurse", "no-at-sign", null), p);
        assertThat(p.list()).extracting(FieldProblem::field).containsExactly("fullName", "email", "consent");
        FormProblems ok = new FormProblems(MESSAGES, Locale.ENGLISH);
        TrainingChecks.ValidRegistration r = TrainingChecks.registration(
                new RegistrationForm("t", "", " Alex Example ", "Demo hospital", "Nurse", "alex@example.org", "yes"), ok);
        assertThat(ok.list()).isEmpty();
        assertThat(r).isEqualTo(new TrainingChecks.ValidRegistration("Alex Example", "Demo hospital", "Nurse", "alex@example.org"));
    }

    @Test
    void onlyHttpsLinksAreMeetingLinks() {
        assertThat(TrainingChecks.httpsUrl("https://meet.example.org/x")).isTrue();
        assertThat(List.of("http://meet.example.org/x", "javascript:alert(1)", "https://", "not a url"))
                .noneMatch(TrainingChecks::httpsUrl);
    }
}
