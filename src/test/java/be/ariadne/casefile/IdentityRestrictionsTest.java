package be.ariadne.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ariadne.access.OrganisationType;
import be.ariadne.access.Role;
import be.ariadne.casefile.IdentityRestrictions.IdentityPart;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The identity restrictions file says exactly what was decided, a broken file stops the start, and the scope applies the parts. */
class IdentityRestrictionsTest {
    private final NeedToKnowPolicy policy = NeedToKnowPolicy.load();
    private final IdentityRestrictions restrictions = IdentityRestrictions.load(policy);

    @Test
    void theFileIsExactlyTheDecidedRestrictionForEveryTypeAndRole() {
        for (OrganisationType t : OrganisationType.values()) {
            for (Role r : Role.values()) {
                assertThat(restrictions.parts(t, r)).as(t + "/" + r).isEqualTo(ExpectedPolicy.identityParts(t.name(), r.name()));
            }
        }
        assertThat(restrictions.parts(OrganisationType.IMMIGRATION_OFFICE, Role.IMMIGRATION_OFFICER))
                .containsExactlyInAnyOrder(IdentityPart.NAMES, IdentityPart.BIRTH_DATE, IdentityPart.IDENTITY_DOCUMENTS);
    }

    @Test
    void aUsersPartsAreTheUnionOverTheRolesThatReadIdentity() {
        assertThat(restrictions.parts("IMMIGRATION_OFFICE", Set.of("IMMIGRATION_OFFICER"), policy))
                .containsExactlyInAnyOrder(IdentityPart.NAMES, IdentityPart.BIRTH_DATE, IdentityPart.IDENTITY_DOCUMENTS);
        // ANALYST reads no IDENTITY: it adds nothing to the officer's parts.
        assertThat(restrictions.parts("IMMIGRATION_OFFICE", Set.of("IMMIGRATION_OFFICER", "ANALYST"), policy))
                .containsExactlyInAnyOrder(IdentityPart.NAMES, IdentityPart.BIRTH_DATE, IdentityPart.IDENTITY_DOCUMENTS);
        assertThat(restrictions.parts("POLICE", Set.of("INVESTIGATOR"), policy)).isEqualTo(IdentityPart.ALL);
        assertThat(restrictions.parts("SYSTEM", Set.of(), policy)).isEmpty();
    }

    @Test
    void theScopeHidesTheRecordsAndFieldsOutsideItsParts() {
        CaseRef ref = new CaseRef(1, "X-1", 1, "C");
        CaseScope officer = new CaseScope(ref, null, java.util.Map.of(Compartment.IDENTITY, Access.READ), null, Set.of(),
                Set.of(IdentityPart.NAMES, IdentityPart.IDENTITY_DOCUMENTS));
        assertThat(officer.reads(CaseModel.PHONES)).isFalse();
        assertThat(officer.reads(CaseModel.ALIASES)).isFalse();
        assertThat(officer.reads(CaseModel.ADDRESSES)).isFalse();
        assertThat(officer.reads(CaseModel.ID_DOCUMENTS)).isTrue();
        assertThat(officer.reads(CaseModel.IDENTITY)).isTrue();
        assertThat(officer.reads("identity", "lastName")).isTrue();
        assertThat(officer.reads("identity", "birthDate")).isFalse();
        assertThat(officer.readsAll(CaseModel.IDENTITY)).isFalse();
        assertThat(officer.reads(CaseModel.NOTES)).isTrue();
        assertThat(officer.reads(CaseModel.SUSPECTS)).as("a suspect's alias is not the person's").isTrue();
        CaseScope everyone = new CaseScope(ref, null, java.util.Map.of(Compartment.IDENTITY, Access.WRITE), null, Set.of());
        for (EntitySpec e : CaseModel.LISTS) assertThat(everyone.reads(e)).as(e.name).isTrue();
        assertThat(everyone.readsAll(CaseModel.IDENTITY)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PUB,IMMIGRATION_OFFICER,NAMES | unknown organisation type 'PUB'",
            "IMMIGRATION_OFFICE,SHERIFF,NAMES | unknown role 'SHERIFF'",
            "IMMIGRATION_OFFICE,IMMIGRATION_OFFICER,SHOE_SIZE | unknown identity part 'SHOE_SIZE'",
            "IMMIGRATION_OFFICE,IMMIGRATION_OFFICER | expected 3 columns",
            "IMMIGRATION_OFFICE,ANALYST,NAMES | has no access to IDENTITY"})
    void aBrokenLineStopsTheStartNamingIt(String line, String problem) {
        String csv = "organisation_type,role,identity_part\n" + line + "\n";
        assertThatThrownBy(() -> IdentityRestrictions.parse(new StringReader(csv), "test.csv", policy))
                .hasMessageContaining("test.csv line 2").hasMessageContaining(problem);
    }

    @Test
    void aDuplicateOrAWrongHeaderStopsTheStartAndAMissingFileRestrictsNobody() {
        assertThatThrownBy(() -> IdentityRestrictions.parse(new StringReader(
                "organisation_type,role,identity_part\nIMMIGRATION_OFFICE,IMMIGRATION_OFFICER,NAMES\nIMMIGRATION_OFFICE,IMMIGRATION_OFFICER,NAMES\n"),
                "x", policy)).hasMessageContaining("x line 3").hasMessageContaining("listed twice");
        assertThatThrownBy(() -> IdentityRestrictions.parse(new StringReader("type,role,part\n"), "x", policy))
                .hasMessageContaining("header");
        IdentityRestrictions none = IdentityRestrictions.load("/casefile/no-such-file.csv", policy);
        assertThat(none.parts(OrganisationType.IMMIGRATION_OFFICE, Role.IMMIGRATION_OFFICER)).isEqualTo(IdentityPart.ALL);
    }
}
