package be.ariadne.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.publicsite.guard.FormProblems;
import be.ariadne.shared.FieldProblem;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The report form's checks, field by field: every problem names its field in the visitor's language. */
class ConcernCheckTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    static final Set<String> SIGNS = Set.of("NO_PAY", "DEBT_TO_PAY_OFF");
    static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames("i18n/publicsite", "i18n/publicsite-training");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    static ConcernForm valid() {
        return new ConcernForm("t", "", "no", null, List.of("NO_PAY"), null, "They sleep in the warehouse.", "1000", null, null,
                "2026-03-01", null, null, "no", null, null, null, null);
    }

    static ConcernForm with(String field, String value) {
        ConcernForm v = valid();
        return new ConcernForm(v.formToken(), v.website(),
                field.equals("danger") ? value : v.danger(), v.from(),
                field.equals("signs") ? Arrays.asList(value.split(",")) : v.signs(),
                field.equals("otherSigns") ? value : v.otherSigns(),
                field.equals("whatSeen") ? value : v.whatSeen(),
                field.equals("postalCode") ? value : v.postalCode(),
                field.equals("municipality") ? value : v.municipality(),
                field.equals("place") ? value : v.place(),
                field.equals("seenOn") ? value : v.seenOn(), v.ongoing(),
                field.equals("aboutWhom") ? value : v.aboutWhom(),
                field.equals("contactMe") ? value : v.contactMe(), null, null, null, null);
    }

    static List<FieldProblem> problems(ConcernForm f, Locale locale) {
        FormProblems p = new FormProblems(MESSAGES, locale);
        Concern c = ConcernCheck.check(f, SIGNS::contains, TODAY, p);
        assertThat(c == null).isEqualTo(!p.isEmpty());
        return p.list();
    }

    @Test
    void aCompleteReportPasses() {
        FormProblems p = new FormProblems(MESSAGES, Locale.ENGLISH);
        Concern c = ConcernCheck.check(valid(), SIGNS::contains, TODAY, p);
        assertThat(p.list()).isEmpty();
        assertThat(c.postalCode()).isEqualTo("1000");
        assertThat(c.seenOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(c.signs()).containsExactly("NO_PAY");
        assertThat(c.contact()).isNull();
    }

    @ParameterizedTest(name = "{0} = \"{1}\" → {2}")
    @CsvSource(delimiter = '|', value = {
            "danger       | maybe        | Immediate danger: please choose an answer.",
            "whatSeen     | '  '         | What did you see or hear?: please fill this in.",
            "postalCode   | 12AB         | Postal code: a Belgian postal code has 4 digits, for example 1000.",
            "postalCode   | 0999         | Postal code: a Belgian postal code has 4 digits, for example 1000.",
            "postalCode   | ''           | Postal code: give the postal code or the municipality.",
            "seenOn       | 2026-13-45   | Date: not a date (day, month and year).",
            "seenOn       | 15/03/2026   | Date: not a date (day, month and year).",
            "seenOn       | 2026-03-16   | Date: cannot be in the future.",
            "seenOn       | 1990-01-01   | Date: cannot be more than 30 years ago.",
            "signs        | NO_PAY,HACKED| Signs: unknown sign (HACKED).",
            "contactMe    | ''           | May the centre contact you?: please choose an answer.",
            "whatSeen     | 'a\u0000b'   | What did you see or hear?: contains characters that are not allowed."})
    void eachBadFieldIsNamed(String field, String value, String message) {
        assertThat(problems(with(field, value.replace("\\u0000", "\u0000")), Locale.ENGLISH))
                .containsExactly(new FieldProblem(field, message));
    }

    @ParameterizedTest(name = "{0} longer than {1}")
    @CsvSource({"whatSeen, 4000", "municipality, 100", "place, 300", "aboutWhom, 2000", "otherSigns, 500"})
    void everyTextHasASizeLimit(String field, int max) {
        assertThat(problems(with(field, "x".repeat(max)), Locale.ENGLISH)).isEmpty();
        List<FieldProblem> tooLong = problems(with(field, "x".repeat(max + 1)), Locale.ENGLISH);
        assertThat(tooLong).hasSize(1);
        assertThat(tooLong.get(0).field()).isEqualTo(field);
        assertThat(tooLong.get(0).message()).contains(String.format(Locale.ENGLISH, "at most %,d characters, you wrote %,d", max, max + 1));
    }

    @Test
    void theLimitCountsCharactersNotBytes() {
        assertThat(problems(with("whatSeen", "é".repeat(4000)), Locale.ENGLISH)).isEmpty();
        assertThat(problems(with("whatSeen", "😀".repeat(4000)), Locale.ENGLISH)).isEmpty();
    }

    @Test
    void problemsAreInTheVisitorsLanguage() {
        assertThat(problems(with("postalCode", "12AB"), Locale.FRENCH).get(0).message())
                .isEqualTo("Code postal : un code postal belge compte 4 chiffres, par exemple 1000.");
        assertThat(problems(with("postalCode", "12AB"), new Locale("nl")).get(0).message())
                .isEqualTo("Postcode: een Belgische postcode heeft 4 cijfers, bijvoorbeeld 1000.");
        assertThat(problems(with("postalCode", "12AB"), Locale.GERMAN).get(0).message())
                .isEqualTo("Postleitzahl: Eine belgische Postleitzahl hat 4 Ziffern, zum Beispiel 1000.");
    }

    @Test
    void aMunicipalityAloneIsEnough() {
        ConcernForm f = with("postalCode", "");
        f = new ConcernForm(f.formToken(), f.website(), f.danger(), f.from(), f.signs(), null, f.whatSeen(), "", "Ninove", null,
                f.seenOn(), "yes", null, "no", null, null, null, null);
        FormProblems p = new FormProblems(MESSAGES, Locale.ENGLISH);
        Concern c = ConcernCheck.check(f, SIGNS::contains, TODAY, p);
        assertThat(p.list()).isEmpty();
        assertThat(c.postalCode()).isNull();
        assertThat(c.municipality()).isEqualTo("Ninove");
        assertThat(c.ongoing()).isTrue();
    }

    @Test
    void anAnonymousReportKeepsNothingOfTheContactFields() {
        ConcernForm v = valid();
        ConcernForm f = new ConcernForm(v.formToken(), v.website(), v.danger(), v.from(), v.signs(), null, v.whatSeen(),
                v.postalCode(), null, null, v.seenOn(), null, null, "no", "Typed Name", "0470 00 00 00", "typed@example.org", "evenings");
        FormProblems p = new FormProblems(MESSAGES, Locale.ENGLISH);
        assertThat(ConcernCheck.check(f, SIGNS::contains, TODAY, p).contact()).isNull();
    }

    @Test
    void toBeContactedAPhoneOrAnEmailIsNeededAndMustLookRight() {
        ConcernForm v = valid();
        List<FieldProblem> none = problems(new ConcernForm(v.formToken(), v.website(), v.danger(), v.from(), v.signs(), null,
                v.whatSeen(), v.postalCode(), null, null, v.seenOn(), null, null, "yes", "Name", "", "", null), Locale.ENGLISH);
        assertThat(none).extracting(FieldProblem::field).containsExactly("reporterPhone");
        List<FieldProblem> bad = problems(new ConcernForm(v.formToken(), v.website(), v.danger(), v.from(), v.signs(), null,
                v.whatSeen(), v.postalCode(), null, null, v.seenOn(), null, null, "yes", null, "call me", "not-an-address", null),
                Locale.ENGLISH);
        assertThat(bad).extracting(FieldProblem::field).containsExactly("reporterPhone", "reporterEmail");
        FormProblems p = new FormProblems(MESSAGES, Locale.ENGLISH);
        Concern ok = ConcernCheck.check(new ConcernForm(v.formToken(), v.website(), v.danger(), v.from(), v.signs(), null,
                v.whatSeen(), v.postalCode(), null, null, v.seenOn(), null, null, "yes", null, "+32 470 00 00 00", null, "after 6 pm"),
                SIGNS::contains, TODAY, p);
        assertThat(ok.contact()).isEqualTo(new PublicReport.Contact(null, "+32 470 00 00 00", null, "after 6 pm"));
    }
}
