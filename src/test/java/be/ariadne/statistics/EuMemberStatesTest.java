package be.ariadne.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EuMemberStatesTest {

    @Test
    void theBundledCatalogueIsTheUnionOfTwentySevenSince2020() {
        EuMemberStates eu = EuMemberStates.bundled();
        assertThat(eu.validFrom()).isEqualTo(LocalDate.of(2020, 2, 1));
        assertThat(eu.memberStates()).hasSize(27).contains("BE", "NL", "LU", "DE", "FR", "GR", "HR", "CY", "MT")
                .doesNotContain("GB", "EL", "CH", "NO", "IS", "LI");
    }

    private static EuMemberStates read(String json) {
        return EuMemberStates.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aCatalogueIsRead() {
        EuMemberStates eu = read("{\"validFrom\": \"2013-07-01\", \"memberStates\": [\"BE\", \"HR\", \"GB\"]}");
        assertThat(eu.validFrom()).isEqualTo(LocalDate.of(2013, 7, 1));
        assertThat(eu.isMember("GB")).isTrue();
        assertThat(eu.isMember("NG")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"memberStates\": [\"BE\"]}                                  | validFrom: missing",
            "{\"validFrom\": \"1 Feb 2020\", \"memberStates\": [\"BE\"]}   | validFrom: not a date",
            "{\"validFrom\": \"2020-02-01\"}                               | memberStates: missing or empty",
            "{\"validFrom\": \"2020-02-01\", \"memberStates\": [\"BEL\"]}  | not an ISO 3166-1 alpha-2 code",
            "{\"validFrom\": \"2020-02-01\", \"memberStates\": [\"BE\", \"BE\"]} | BE listed twice",
            "{\"validFrom\": \"2020-02-01\", \"memberStates\": [\"FR\"]}   | BE is missing",
            "{\"validFrom\": \"2020-02-01\", \"memberStates\": [           | not valid JSON",
    })
    void malformedCataloguesAreRejected(String json, String problem) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(problem);
    }
}
