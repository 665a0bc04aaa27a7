package be.ariadne.casefile;

import static be.ariadne.casefile.Access.READ;
import static be.ariadne.casefile.Access.WRITE;
import static be.ariadne.casefile.Compartment.CASE_SUMMARY;
import static be.ariadne.casefile.Compartment.IDENTITY;
import static be.ariadne.casefile.Compartment.INVESTIGATION;
import static be.ariadne.casefile.Compartment.RESIDENCE;
import static be.ariadne.casefile.Compartment.SUPPORT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The holder gets its row, a partner its row within what is shared, break-glass adds READ of the row, nothing else. */
class AccessRulesTest {
    private static final Map<Compartment, Access> POLICE = ExpectedPolicy.row("POLICE", "INVESTIGATOR");
    private static final Map<Compartment, Access> CENTRE = ExpectedPolicy.row("SPECIALISED_CENTRE", "CASE_WORKER");

    @Test
    void theHolderGetsItsRowInFull() {
        assertThat(AccessRules.effective(CENTRE, true, Set.of(), false)).isEqualTo(CENTRE);
    }

    @Test
    void aPartnerGetsItsRowWithinTheSharedCompartmentsOnly() {
        assertThat(AccessRules.effective(POLICE, false, EnumSet.of(IDENTITY, INVESTIGATION, SUPPORT), false))
                .isEqualTo(Map.of(IDENTITY, READ, INVESTIGATION, WRITE));
        assertThat(AccessRules.effective(POLICE, false, Set.of(), false)).isEmpty();
    }

    @Test
    void breakGlassAddsReadOfTheRowAndNeverWrite() {
        assertThat(AccessRules.effective(POLICE, false, Set.of(), true))
                .isEqualTo(Map.of(IDENTITY, READ, CASE_SUMMARY, READ, INVESTIGATION, READ));
        assertThat(AccessRules.effective(POLICE, false, Set.of(INVESTIGATION), true))
                .containsEntry(INVESTIGATION, WRITE).containsEntry(IDENTITY, READ);
    }

    @Test
    void aRoleWithoutRowGetsNothingWhateverIsSharedOrBroken() {
        assertThat(AccessRules.effective(Map.of(), true, EnumSet.allOf(Compartment.class), true)).isEmpty();
    }

    @Test
    void writeIncludesRead() {
        assertThat(WRITE.includes(READ)).isTrue();
        assertThat(READ.includes(WRITE)).isFalse();
        assertThat(RESIDENCE.jsonKey()).isEqualTo("residence");
    }
}
