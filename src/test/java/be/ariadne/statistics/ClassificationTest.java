package be.ariadne.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassificationTest {

    private static final EuMemberStates EU = EuMemberStates.bundled();

    private static Integer integer(String text) {
        return text == null ? null : Integer.valueOf(text);
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    @ParameterizedTest(name = "registered {0}, born {1}, birth year {2}, age {3} → {4}")
    @CsvSource(nullValues = "-", value = {
            // registration, birth date, birth year, age given, expected
            "2025-06-15, 2007-06-16, -,    -,  CHILD",   // 17, one day before the 18th birthday
            "2025-06-15, 2007-06-15, -,    -,  ADULT",   // 18 on the day
            "2025-06-15, 2025-06-15, -,    -,  CHILD",   // registered on the day of birth
            "2026-02-28, 2008-02-29, -,    -,  CHILD",   // born on 29 February: not yet 18 on 28 February
            "2026-03-01, 2008-02-29, -,    -,  ADULT",
            "2025-01-01, -,          2008, -,  CHILD",   // the contract's example: 2025 − 2008 = 17
            "2025-12-31, -,          2007, -,  ADULT",   // 18 by the year alone, whatever the birthday
            "2025-03-01, -,          2007, -,  ADULT",
            "2025-03-01, -,          2025, -,  CHILD",
            "2025-03-01, -,          -,    17, CHILD",
            "2025-03-01, -,          -,    18, ADULT",
            "2025-03-01, -,          -,    0,  CHILD",
            "2025-03-01, 1990-05-01, 1990, 12, ADULT",   // the birth date wins over the age given
            "2025-03-01, -,          1990, 12, ADULT",   // so does the birth year
            "2025-03-01, -,          -,    -,  UNKNOWN",
    })
    void ageGroupAtRegistration(String registration, String birthDate, String birthYear, String age, AgeGroup expected) {
        assertThat(AgeGroup.at(date(registration), date(birthDate), integer(birthYear), integer(age))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "registered {0}, born {1}, birth year {2}, age {3} → {4}: {5}")
    @CsvSource(nullValues = "-", value = {
            "2025-03-01, 2025-03-02, -,    -,   birthDate,         statistics.error.birthDate.afterRegistration",
            "2025-03-01, 2001-03-02, 2002, -,   birthYear,         statistics.error.birthYear.mismatch",
            "2025-03-01, -,          2026, -,   birthYear,         statistics.error.birthYear.afterRegistration",
            "2025-03-01, -,          1850, -,   birthYear,         statistics.error.age.outOfRange",
            "2025-03-01, 1850-01-01, -,    -,   birthDate,         statistics.error.age.outOfRange",
            "2025-03-01, -,          -,    -1,  ageAtRegistration, statistics.error.age.outOfRange",
            "2025-03-01, -,          -,    131, ageAtRegistration, statistics.error.age.outOfRange",
            "-,          -,          -,    20,  registrationDate,  statistics.error.required",
    })
    void impossibleAgesAreRejectedNamingTheField(String registration, String birthDate, String birthYear, String age,
                                                 String field, String key) {
        assertThatThrownBy(() -> AgeGroup.at(date(registration), date(birthDate), integer(birthYear), integer(age)))
                .isInstanceOfSatisfying(InvalidStatisticsInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.getMessage()).startsWith(field + ": ");
                });
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "-", value = {
            "BE,          BE",
            "FR,          OTHER_EU",
            "GR,          OTHER_EU",
            "HR,          OTHER_EU",     // member since 2013
            "NG,          NON_EU",
            "GB,          NON_EU",       // left on 1 February 2020
            "CH,          NON_EU",
            "NO,          NON_EU",
            "NG FR,       OTHER_EU",     // several: the first group in the order BE, OTHER_EU, NON_EU
            "FR BE,       BE",
            "NG MA BE,    BE",
            "AL MA,       NON_EU",
            "-,           UNKNOWN",
    })
    void citizenshipGroup(String codes, CitizenshipGroup expected) {
        List<String> list = codes == null ? List.of() : Arrays.asList(codes.split(" "));
        assertThat(CitizenshipGroup.of(list, EU)).isEqualTo(expected);
    }

    @Test
    void noCitizenshipIsUnknown() {
        assertThat(CitizenshipGroup.of(null, EU)).isEqualTo(CitizenshipGroup.UNKNOWN);
    }

    @ParameterizedTest(name = "{0} is rejected")
    @CsvSource({"be", "BEL", "B", "1A", "'FR,'"})
    void malformedCountryCodesAreRejected(String code) {
        assertThatThrownBy(() -> CitizenshipGroup.of(List.of("NG", code), EU))
                .isInstanceOfSatisfying(InvalidStatisticsInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("citizenships");
                    assertThat(e.getMessage()).contains(code).contains("ISO 3166-1 alpha-2");
                });
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "-", value = {
            "SEXUAL,                            SEXUAL",
            "LABOUR,                            LABOUR",
            "BEGGING,                           OTHER",
            "ORGAN_REMOVAL,                     OTHER",
            "FORCED_CRIME,                      OTHER",
            "FORCED_MARRIAGE,                   OTHER",
            "ILLEGAL_ADOPTION,                  OTHER",
            "SURROGACY,                         OTHER",
            "OTHER,                             OTHER",
            "BEGGING FORCED_CRIME SURROGACY,    OTHER",     // several forms, all in the third group
            "SEXUAL LABOUR,                     MULTIPLE",
            "SEXUAL FORCED_MARRIAGE,            MULTIPLE",
            "LABOUR FORCED_CRIME,               MULTIPLE",
            "SEXUAL LABOUR BEGGING,             MULTIPLE",
            "-,                                 UNKNOWN",
    })
    void exploitationGroup(String forms, ExploitationGroup expected) {
        Set<ExploitationForm> set = forms == null ? Set.of()
                : Arrays.stream(forms.split(" ")).map(ExploitationForm::fromCode).collect(Collectors.toSet());
        assertThat(ExploitationGroup.of(set)).isEqualTo(expected);
    }

    @Test
    void everySingleFormOtherThanSexualAndLabourIsOther() {
        for (ExploitationForm form : EnumSet.complementOf(EnumSet.of(ExploitationForm.SEXUAL, ExploitationForm.LABOUR))) {
            assertThat(ExploitationGroup.of(Set.of(form))).as(form.name()).isEqualTo(ExploitationGroup.OTHER);
        }
        assertThat(ExploitationGroup.of(null)).isEqualTo(ExploitationGroup.UNKNOWN);
    }

    @Test
    void unknownCodesAreRejectedNamingThemAndTheKnownOnes() {
        assertThatThrownBy(() -> ExploitationForm.fromCode("PICKPOCKETING"))
                .isInstanceOfSatisfying(InvalidStatisticsInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("exploitation");
                    assertThat(e.getMessage()).contains("PICKPOCKETING").contains("FORCED_CRIME");
                });
        assertThatThrownBy(() -> Gender.fromCode("Feminine"))
                .isInstanceOfSatisfying(InvalidStatisticsInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("gender");
                    assertThat(e.getMessage()).contains("Feminine").contains("TRANSGENDER_FEMININE");
                });
        assertThat(Gender.fromCode(null)).isEqualTo(Gender.UNKNOWN);
        assertThat(Gender.fromCode("NON_CONFORMING")).isEqualTo(Gender.NON_CONFORMING);
    }

    @Test
    void aCaseIsPlacedInEveryDimension() {
        CaseClassifier classifier = CaseClassifier.withBundledCatalogues();
        CaseFacts facts = new CaseFacts(LocalDate.of(2025, 3, 14), "PAYOKE", Gender.MASCULINE, null, 2008, null,
                List.of("MA", "ES"), Set.of(ExploitationForm.LABOUR));

        Classification classification = classifier.classify(facts);

        assertThat(classification).isEqualTo(new Classification(2025, "PAYOKE", Gender.MASCULINE, AgeGroup.CHILD,
                CitizenshipGroup.OTHER_EU, ExploitationGroup.LABOUR));
        assertThat(classification.values(List.of(Dimension.YEAR, Dimension.CENTRE, Dimension.GENDER,
                Dimension.AGE_GROUP, Dimension.CITIZENSHIP_GROUP, Dimension.EXPLOITATION_GROUP)))
                .containsExactly("2025", "PAYOKE", "MASCULINE", "CHILD", "OTHER_EU", "LABOUR");
    }

    @Test
    void missingFactsCountAsUnknown() {
        CaseFacts facts = new CaseFacts(LocalDate.of(2024, 11, 2), "SURYA", null, null, null, null, null, null);

        assertThat(CaseClassifier.withBundledCatalogues().classify(facts)).isEqualTo(new Classification(2024, "SURYA",
                Gender.UNKNOWN, AgeGroup.UNKNOWN, CitizenshipGroup.UNKNOWN, ExploitationGroup.UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            "registrationDate, -,          PAG_ASA",
            "centre,           2025-01-01, -",
            "centre,           2025-01-01, pag-asa",
    })
    void requiredFactsAreChecked(String field, String registration, String centre) {
        CaseFacts facts = new CaseFacts(date(registration), centre, null, null, null, null, null, null);
        assertThatThrownBy(() -> CaseClassifier.withBundledCatalogues().classify(facts))
                .isInstanceOfSatisfying(InvalidStatisticsInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void emptyElementsInListsAreRejected() {
        CaseFacts noCountry = new CaseFacts(LocalDate.of(2025, 1, 1), "JUNA", null, null, null, null,
                Arrays.asList("NG", null), null);
        assertThatThrownBy(() -> CaseClassifier.withBundledCatalogues().classify(noCountry))
                .isInstanceOfSatisfying(InvalidStatisticsInputException.class,
                        e -> assertThat(e.field()).isEqualTo("citizenships"));
        CaseFacts noForm = new CaseFacts(LocalDate.of(2025, 1, 1), "JUNA", null, null, null, null, null,
                new java.util.HashSet<>(Arrays.asList(ExploitationForm.SEXUAL, null)));
        assertThatThrownBy(() -> CaseClassifier.withBundledCatalogues().classify(noForm))
                .isInstanceOfSatisfying(InvalidStatisticsInputException.class,
                        e -> assertThat(e.field()).isEqualTo("exploitation"));
    }
}
