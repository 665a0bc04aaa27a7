package be.ariadne.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every code list loads with four labels per code; enum lists match their enums; the HTCDS values are those of the contracts. */
class CodeListsTest {
    private final CodeLists codes = new CodeLists();

    @Test
    void everyListHasCodesWithLabelsInFourLanguages() {
        for (String list : codes.names()) {
            assertThat(codes.codes(list)).as(list).isNotEmpty();
            for (CodeLists.Code c : codes.codes(list)) {
                assertThat(c.labels().keySet()).as(list + " " + c.code()).containsExactlyInAnyOrder("en", "fr", "nl", "de");
            }
        }
    }

    @Test
    void htcdsValuesFollowTheExchangeContract() {
        assertThat(codes.htcds(CodeLists.GENDERS, "UNKNOWN")).isEqualTo("NonSpecifiedUnknown");
        assertThat(codes.htcds(CodeLists.GENDERS, "TRANSGENDER_FEMININE")).isEqualTo("TransgenderFeminine");
        assertThat(codes.htcds(CodeLists.EXPLOITATION_FORMS, "LABOUR")).isEqualTo("ForcedLabour");
        assertThat(codes.htcds(CodeLists.EXPLOITATION_FORMS, "ILLEGAL_ADOPTION")).isEqualTo("ForcedAdoption");
        assertThat(codes.htcds(CodeLists.TRAFFICKING_STATUSES, "NOT_A_VICTIM")).isEqualTo("NotAVictimOfTrafficking");
        assertThat(codes.htcds(CodeLists.CASE_STATUSES, "CLOSED_REFERRED")).isEqualTo("ClosedReferred");
        assertThat(codes.contains(CodeLists.ISIC_SECTORS, "F_Construction")).isTrue();
        assertThat(codes.codes(CodeLists.ISIC_SECTORS)).hasSize(21);
        assertThat(codes.codes(CodeLists.CONTROL_METHODS)).hasSize(16);
        assertThat(codes.codes(CodeLists.SUSPECT_ROLES)).hasSize(15);
        assertThat(codes.contains(CodeLists.RECRUITER_RELATIONS, "Unaquainted")).isTrue();
        assertThat(codes.code(CodeLists.CLOSE_REASONS, "REFERRED_ABROAD").orElseThrow().extra()).isEqualTo(Map.of("status", "CLOSED_REFERRED"));
    }

    @Test
    void labelsFollowTheLanguageAndCountriesAreIso() {
        assertThat(codes.label(CodeLists.STAGES, "REMEDY", Locale.FRENCH)).isEqualTo("Réparation");
        assertThat(codes.label(CodeLists.STAGES, "REMEDY", new Locale("nl"))).isEqualTo("Schadeloosstelling");
        assertThat(codes.isCountry("NG")).isTrue();
        assertThat(codes.isCountry("XX")).isFalse();
        assertThat(codes.isLanguage("nl")).isTrue();
        assertThat(codes.countryName("BE", Locale.GERMAN)).isEqualTo("Belgien");
    }

    @Test
    void aListThatDoesNotMatchItsEnumStopsTheStart() {
        assertThatThrownBy(() -> CodeLists.load("/casefile/genders.csv", Stage.class))
                .hasMessageContaining("must list exactly the values of Stage");
        assertThatThrownBy(() -> CodeLists.load("/casefile/no-such-list.csv", null)).hasMessageContaining("is missing");
    }
}
