package be.ariadne.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ariadne.referral.Routing.Gender;
import be.ariadne.referral.Routing.Profile;
import be.ariadne.referral.Routing.Reason;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Routing over the shipped directory (the data file), table-driven. */
class RoutingTest {
    /** The directory as shipped in referral/centres.json, every centre active. */
    static List<Centre> shipped() {
        List<Centre> out = new ArrayList<>();
        int order = 0;
        for (var c : Directory.readDataFile().path("centres")) {
            order += 10;
            List<String> areas = new ArrayList<>();
            c.path("areas").forEach(a -> areas.add(a.asString()));
            out.add(new Centre(c.path("code").asString(), c.path("name").asString(), c.path("city").asString(), null, null, null,
                    List.of("fr"), new Centre.Intake(c.path("adults").asBoolean(), c.path("minors").asBoolean(), c.path("women").asBoolean(),
                    c.path("men").asBoolean()), PostalAreas.parse(String.join(",", areas)), order, true, 0));
        }
        return out;
    }

    @ParameterizedTest(name = "{0} adult={1} → {2}")
    @CsvSource({
            "1000, false, PAG_ASA", "1299, false, PAG_ASA", "1300, false, SURYA", "1499, false, SURYA", "1500, false, PAYOKE",
            "3999, false, PAYOKE", "4000, false, SURYA", "7999, false, SURYA", "8000, false, PAYOKE", "9999, false, PAYOKE",
            "1050, true, MINOR_NDAKO", "1400, true, ESPERANTO", "2000, true, JUNA", "4020, true, ESPERANTO", "9000, true, JUNA"})
    void theDefaultAreasOfTheIssue(String postalCode, boolean minor, String expected) {
        Routing.Suggestion s = Routing.suggest(shipped(), postalCode, new Profile(minor, Gender.UNKNOWN));
        assertThat(s.centreCode()).isEqualTo(expected);
        assertThat(s.reason()).isEqualTo(Reason.SERVES_AREA);
        assertThat(s.childProtectionAlert()).isEqualTo(minor);
    }

    @ParameterizedTest
    @CsvSource(value = {"NULL", "''", "999", "0999", "12345", "ABCD"}, nullValues = "NULL")
    void withoutAValidPostalCodeThereIsNoSuggestion(String postalCode) {
        Routing.Suggestion s = Routing.suggest(shipped(), postalCode, new Profile(true, Gender.WOMAN));
        assertThat(s.centre()).isEmpty();
        assertThat(s.reason()).isEqualTo(Reason.NO_POSTAL_CODE);
        assertThat(s.childProtectionAlert()).as("a presumed minor raises the alert anyway").isTrue();
    }

    @Test
    void aDeactivatedCentreIsNeverSuggestedAndItsAreaIsLeftToTheUser() {
        List<Centre> directory = new ArrayList<>();
        for (Centre c : shipped()) {
            directory.add(c.code().equals("PAG_ASA") ? new Centre(c.code(), c.name(), c.city(), null, null, null, c.languages(), c.intake(),
                    c.areas(), c.sortKey(), false, 1) : c);
        }
        Routing.Suggestion s = Routing.suggest(directory, "1000", new Profile(false, Gender.MAN));
        assertThat(s.centre()).isEmpty();
        assertThat(s.reason()).isEqualTo(Reason.NO_CENTRE_FOR_AREA);
        assertThat(Routing.candidates(directory, new Profile(false, Gender.MAN))).extracting(Centre::code).containsExactly("PAYOKE", "SURYA");
    }

    @Test
    void genderFollowsWhomTheCentreTakesIn() {
        Centre womenOnly = new Centre("W", "Women", "Brussels", null, null, null, List.of("fr"), new Centre.Intake(true, false, true, false),
                PostalAreas.parse("1000-1099"), 1, true, 0);
        List<Centre> directory = new ArrayList<>(List.of(womenOnly));
        directory.addAll(shipped());
        assertThat(Routing.suggest(directory, "1000", new Profile(false, Gender.WOMAN)).centreCode()).isEqualTo("W");
        assertThat(Routing.suggest(directory, "1000", new Profile(false, Gender.MAN)).centreCode()).isEqualTo("PAG_ASA");
        assertThat(Routing.suggest(directory, "1000", new Profile(false, Gender.OTHER)).centreCode()).isEqualTo("W");
        assertThat(Routing.suggest(directory, "1000", new Profile(true, Gender.WOMAN)).centreCode()).isEqualTo("MINOR_NDAKO");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1000-1299|1000-1299", "1000 – 1299 ; 4000|1000-1299,4000", "1500-3999,8000-9999|1500-3999,8000-9999"})
    void postalAreasAreReadAndWritten(String text, String written) {
        assertThat(PostalAreas.parse(text).toString()).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''|at least one", "0999-1200|outside 1000-9999", "2000-1000|ends before it starts",
            "1000-12x|is not a postal code range", "9000-10000|is not a postal code range"})
    void badPostalAreasAreNamed(String text, String problem) {
        assertThatThrownBy(() -> PostalAreas.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(problem);
    }
}
