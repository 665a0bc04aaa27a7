package be.ariadne.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class HtcdsRecordTest {

    private static final LocalDate REGISTERED = LocalDate.of(2025, 1, 15);

    @Test
    void valuesAreNormalised() {
        HtcdsRecord record = HtcdsRecord.builder("  A-1 ", REGISTERED)
                .firstName("  ")
                .secondName(" Quelbelezza ")
                .citizenships(List.of("ng", " BE", "NG", ""))
                .mailingCountry("be")
                .primaryLanguage("NL")
                .methodsOfControl(new LinkedHashSet<>(List.of("WithholdsDocuments", " DebtBondage", "PhysicalThreats")))
                .build();

        assertThat(record.externalId()).isEqualTo("A-1");
        assertThat(record.firstName()).isNull();
        assertThat(record.secondName()).isEqualTo("Quelbelezza");
        assertThat(record.citizenships()).containsExactly("NG", "BE");
        assertThat(record.mailingCountry()).isEqualTo("BE");
        assertThat(record.primaryLanguage()).isEqualTo("nl");
        assertThat(record.methodsOfControl()).containsExactly("PhysicalThreats", "DebtBondage", "WithholdsDocuments");
        assertThat(record.methodsOfRecruitment()).isEmpty();
        assertThat(record.exploitation()).isEmpty();
    }

    @Test
    void equalWhateverTheOrderGiven() {
        HtcdsRecord a = HtcdsRecord.builder("A", REGISTERED).methodsOfControl(Set.of("DebtBondage", "Other"))
                .exploitation(Set.of(ExploitationForm.OTHER, ExploitationForm.SEXUAL)).build();
        HtcdsRecord b = HtcdsRecord.builder("A", REGISTERED).methodsOfControl(new LinkedHashSet<>(List.of("Other", "DebtBondage")))
                .exploitation(Set.of(ExploitationForm.SEXUAL, ExploitationForm.OTHER)).build();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.toBuilder().build()).isEqualTo(a);
    }

    @Test
    void immutable() {
        List<String> countries = new ArrayList<>(List.of("BE"));
        HtcdsRecord record = HtcdsRecord.builder("A", REGISTERED).citizenships(countries)
                .methodsOfControl(Set.of("DebtBondage")).build();
        countries.add("FR");
        assertThat(record.citizenships()).containsExactly("BE");
        assertThatThrownBy(() -> record.citizenships().add("NL")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> record.methodsOfControl().add("Other")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> record.methodsOfControl().iterator().remove())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesWhatTheReaderWouldRefuseNamingEveryColumn() {
        assertThatThrownBy(() -> HtcdsRecord.builder(" ", REGISTERED)
                .firstName("n".repeat(201))
                .birthDate(BirthDate.ofYear(2026))
                .citizenships(List.of("XX"))
                .primaryLanguage("klingon")
                .ageWhenTrafficked(-1)
                .methodsOfControl(Set.of("Shouting"))
                .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid HTCDS record: cas_ExternalId: missing value (required); "
                        + "prs_FirstName: value '" + "n".repeat(40) + "…' too long: 201 characters, at most 200; "
                        + "prs_Citizenship: invalid country code 'XX', expected ISO 3166-1 alpha-2 (e.g. BE); "
                        + "prs_PrimaryLanguage: invalid language code 'klingon', expected ISO 639 (e.g. nl or nld); "
                        + "vic_AgeWhenTrafficked: negative number '-1'; "
                        + "vic_MethodsOfControl: unknown value 'Shouting'; "
                        + "prs_Birthdate: birth date '2026' is after the registration date '2025-01-15'");
        assertThatThrownBy(() -> HtcdsRecord.builder("A", null).build())
                .hasMessage("invalid HTCDS record: cas_IncomingReferralDate: missing value (required)");
        assertThatThrownBy(() -> HtcdsRecord.builder("A", REGISTERED).birthDate(BirthDate.of(LocalDate.of(2010, 6, 1)))
                .ageWhenTrafficked(15).build())
                .hasMessageContaining("vic_AgeWhenTrafficked: age when trafficked '15' is older than the person at "
                        + "registration (14 years");
    }

    @Test
    void aSetCheckedForOneColumnIsCheckedAgainForAnother() {
        HtcdsRecord record = HtcdsRecord.builder("A", REGISTERED).methodsOfControl(Set.of("DebtBondage")).build();
        assertThatThrownBy(() -> HtcdsRecord.builder("A", REGISTERED)
                .methodsOfRecruitment(record.methodsOfControl()).build())
                .hasMessageContaining("vic_MethodOfRecruitment: unknown value 'DebtBondage'");
    }

    @Test
    void birthDates() {
        assertThat(BirthDate.ofYear(2008).ageAt(LocalDate.of(2025, 1, 1))).isEqualTo(17);
        assertThat(BirthDate.of(LocalDate.of(2008, 6, 1)).ageAt(LocalDate.of(2025, 5, 31))).isEqualTo(16);
        assertThat(BirthDate.ofYear(2008)).hasToString("2008").isNotEqualTo(BirthDate.of(LocalDate.of(2008, 1, 1)));
        assertThat(BirthDate.of(LocalDate.of(2008, 1, 1)).isAfter(LocalDate.of(2007, 12, 31))).isTrue();
        assertThat(BirthDate.ofYear(2008).isAfter(LocalDate.of(2008, 1, 1))).isFalse();
    }
}
