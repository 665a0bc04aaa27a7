package be.ariadne.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ariadne.access.OrganisationType;
import be.ariadne.access.Role;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The policy data file says exactly what the design decided, and a broken file stops the start, naming the problem. */
class NeedToKnowPolicyTest {
    private final NeedToKnowPolicy policy = NeedToKnowPolicy.load();

    @Test
    void theFileIsExactlyTheDecidedPolicyForEveryTypeAndRole() {
        for (OrganisationType t : OrganisationType.values()) {
            for (Role r : Role.values()) {
                assertThat(policy.row(t, r)).as(t + "/" + r).isEqualTo(ExpectedPolicy.row(t.name(), r.name()));
            }
        }
    }

    @Test
    void analystsAdministratorsAndFirstLineReadNoCaseAnywhere() {
        for (OrganisationType t : OrganisationType.values()) {
            for (Role r : Set.of(Role.ANALYST, Role.ADMIN, Role.FIRST_LINE)) {
                assertThat(policy.row(t, r)).as(t + "/" + r).isEmpty();
            }
        }
    }

    @Test
    void aUserWithSeveralRolesGetsTheStrongerAccessOfEach() {
        assertThat(policy.row("LABOUR_INSPECTORATE", Set.of("FIRST_LINE", "INVESTIGATOR")))
                .isEqualTo(ExpectedPolicy.row("LABOUR_INSPECTORATE", "INVESTIGATOR"));
        assertThat(policy.row("SYSTEM", Set.of())).isEmpty();
        assertThat(policy.row("POLICE", Set.of("NO_SUCH_ROLE"))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PUB,CASE_WORKER,IDENTITY,READ | unknown organisation type 'PUB'",
            "POLICE,SHERIFF,IDENTITY,READ | unknown role 'SHERIFF'",
            "POLICE,INVESTIGATOR,DIARY,READ | unknown compartment 'DIARY'",
            "POLICE,INVESTIGATOR,IDENTITY,PEEK | unknown access 'PEEK'",
            "POLICE,INVESTIGATOR,IDENTITY | expected 4 columns"})
    void aBrokenLineStopsTheStartNamingIt(String line, String problem) {
        String csv = "organisation_type,role,compartment,access\n" + line + "\n";
        assertThatThrownBy(() -> NeedToKnowPolicy.parse(new StringReader(csv), "test.csv"))
                .hasMessageContaining("test.csv line 2").hasMessageContaining(problem);
    }

    @Test
    void aDuplicateOrAWrongHeaderStopsTheStart() {
        assertThatThrownBy(() -> NeedToKnowPolicy.parse(new StringReader(
                "organisation_type,role,compartment,access\nPOLICE,INVESTIGATOR,IDENTITY,READ\nPOLICE,INVESTIGATOR,IDENTITY,WRITE\n"), "x"))
                .hasMessageContaining("POLICE/INVESTIGATOR/IDENTITY is listed twice");
        assertThatThrownBy(() -> NeedToKnowPolicy.parse(new StringReader("type,role,compartment,access\n"), "x"))
                .hasMessageContaining("header");
    }
}
