package be.ariadne.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DimensionTest {

    @ParameterizedTest(name = "{0} ↔ {1}")
    @CsvSource({
            "year,              YEAR",
            "centre,            CENTRE",
            "gender,            GENDER",
            "ageGroup,          AGE_GROUP",
            "citizenshipGroup,  CITIZENSHIP_GROUP",
            "exploitationGroup, EXPLOITATION_GROUP",
    })
    void wireNames(String wireName, Dimension dimension) {
        assertThat(Dimension.fromWireName(wireName)).isEqualTo(dimension);
        assertThat(dimension.wireName()).isEqualTo(wireName);
    }

    @Test
    void theByParameterIsParsedInOrder() {
        assertThat(Dimension.parseList("gender,exploitationGroup"))
                .containsExactly(Dimension.GENDER, Dimension.EXPLOITATION_GROUP);
        assertThat(Dimension.parseList(" year , centre,ageGroup "))
                .containsExactly(Dimension.YEAR, Dimension.CENTRE, Dimension.AGE_GROUP);
        assertThat(Dimension.parseList("")).isEmpty();
        assertThat(Dimension.parseList((String) null)).isEmpty();
    }

    @ParameterizedTest(name = "by={0}: {1}")
    @CsvSource({
            "'gender,sex',                       'by: unknown dimension sex; known dimensions: year, centre, gender, ageGroup, citizenshipGroup, exploitationGroup'",
            "'nationality,gender,age',           'by: unknown dimension nationality, age; known dimensions: year, centre, gender, ageGroup, citizenshipGroup, exploitationGroup'",
            "'Gender',                           'by: unknown dimension Gender; known dimensions: year, centre, gender, ageGroup, citizenshipGroup, exploitationGroup'",
            "'gender,gender',                    'by: the dimension gender is given more than once'",
            "'year,centre,gender,ageGroup',      'by: at most 3 dimensions are allowed, 4 were given'",
            "'gender,,year',                     'by: a dimension name is empty'",
    })
    void badByParametersAreRejectedWithAClearMessage(String by, String message) {
        assertThatThrownBy(() -> Dimension.parseList(by))
                .isInstanceOfSatisfying(InvalidStatisticsInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("by");
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }

    @Test
    void fixedValuesAreTheContractsCodesInOrder() {
        assertThat(Dimension.GENDER.fixedValues()).containsExactly("FEMININE", "MASCULINE", "TRANSGENDER_FEMININE",
                "TRANSGENDER_MASCULINE", "NON_CONFORMING", "UNKNOWN");
        assertThat(Dimension.AGE_GROUP.fixedValues()).containsExactly("CHILD", "ADULT", "UNKNOWN");
        assertThat(Dimension.CITIZENSHIP_GROUP.fixedValues()).containsExactly("BE", "OTHER_EU", "NON_EU", "UNKNOWN");
        assertThat(Dimension.EXPLOITATION_GROUP.fixedValues())
                .containsExactly("SEXUAL", "LABOUR", "OTHER", "MULTIPLE", "UNKNOWN");
        assertThat(Dimension.YEAR.fixedValues()).isEmpty();
        assertThat(Dimension.CENTRE.fixedValues()).isEmpty();
    }

    @Test
    void valuesAreChecked() {
        assertThat(Dimension.YEAR.checkValue("2025")).isEqualTo("2025");
        assertThat(Dimension.CENTRE.checkValue("MINOR_NDAKO")).isEqualTo("MINOR_NDAKO");
        for (String[] bad : List.of(new String[] {"year", "25"}, new String[] {"centre", "pag asa"},
                new String[] {"gender", "FEMALE"}, new String[] {"ageGroup", "MINOR"})) {
            Dimension dimension = Dimension.fromWireName(bad[0]);
            assertThatThrownBy(() -> dimension.checkValue(bad[1]))
                    .isInstanceOfSatisfying(InvalidStatisticsInputException.class, e -> {
                        assertThat(e.field()).isEqualTo(bad[0]);
                        assertThat(e.getMessage()).isEqualTo(bad[0] + ": " + bad[1] + " is not a value of the dimension " + bad[0]);
                    });
        }
    }
}
