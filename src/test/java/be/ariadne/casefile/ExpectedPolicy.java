package be.ariadne.casefile;

import static be.ariadne.casefile.Access.READ;
import static be.ariadne.casefile.Access.WRITE;
import static be.ariadne.casefile.Compartment.CASE_SUMMARY;
import static be.ariadne.casefile.Compartment.IDENTITY;
import static be.ariadne.casefile.Compartment.INVESTIGATION;
import static be.ariadne.casefile.Compartment.LEGAL;
import static be.ariadne.casefile.Compartment.MINOR_PROTECTION;
import static be.ariadne.casefile.Compartment.RESIDENCE;
import static be.ariadne.casefile.Compartment.SUPPORT;

import be.ariadne.casefile.IdentityRestrictions.IdentityPart;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The need-to-know policy as the issue and the design decisions state it, written out by hand: the
 * tests compare the data file and the enforcement against this, so that a change of the policy is
 * a deliberate change of both.
 */
final class ExpectedPolicy {
    private ExpectedPolicy() {
    }

    static final Map<String, Map<Compartment, Access>> ROWS = Map.of(
            "SPECIALISED_CENTRE/CASE_WORKER", row(IDENTITY, WRITE, CASE_SUMMARY, WRITE, SUPPORT, WRITE, INVESTIGATION, READ, LEGAL, WRITE,
                    RESIDENCE, WRITE, MINOR_PROTECTION, WRITE),
            "POLICE/INVESTIGATOR", row(IDENTITY, READ, CASE_SUMMARY, READ, INVESTIGATION, WRITE),
            "LABOUR_INSPECTORATE/INVESTIGATOR", row(IDENTITY, READ, CASE_SUMMARY, READ, INVESTIGATION, WRITE),
            "PROSECUTION/PROSECUTOR", row(IDENTITY, READ, CASE_SUMMARY, READ, INVESTIGATION, READ, LEGAL, WRITE, RESIDENCE, WRITE),
            "COURT/PROSECUTOR", row(IDENTITY, READ, CASE_SUMMARY, READ, INVESTIGATION, READ, LEGAL, WRITE),
            "IMMIGRATION_OFFICE/IMMIGRATION_OFFICER", row(IDENTITY, READ, RESIDENCE, WRITE),
            "GUARDIANSHIP_SERVICE/CASE_WORKER", row(IDENTITY, READ, CASE_SUMMARY, READ, SUPPORT, READ, MINOR_PROTECTION, WRITE));

    /**
     * The parts of IDENTITY each role sees when it may read IDENTITY: all of them but for the roles
     * listed here (issue 5: the Immigration Office sees only what it needs to issue documents —
     * names, birth date, identity documents; no phones, addresses or aliases).
     */
    static final Map<String, Set<IdentityPart>> IDENTITY_PARTS = Map.of(
            "IMMIGRATION_OFFICE/IMMIGRATION_OFFICER", EnumSet.of(IdentityPart.NAMES, IdentityPart.BIRTH_DATE, IdentityPart.IDENTITY_DOCUMENTS));

    static Set<IdentityPart> identityParts(String organisationType, String role) {
        return IDENTITY_PARTS.getOrDefault(organisationType + "/" + role, IdentityPart.ALL);
    }

    /** The row of one organisation type and role: empty when they read no case. */
    static Map<Compartment, Access> row(String organisationType, String role) {
        return ROWS.getOrDefault(organisationType + "/" + role, Map.of());
    }

    private static Map<Compartment, Access> row(Object... pairs) {
        Map<Compartment, Access> m = new EnumMap<>(Compartment.class);
        for (int i = 0; i < pairs.length; i += 2) m.put((Compartment) pairs[i], (Access) pairs[i + 1]);
        return m;
    }
}
