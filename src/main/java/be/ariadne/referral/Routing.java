package be.ariadne.referral;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Suggests the centre for a referral: among the active centres that take in the person's profile
 * (a presumed minor goes to a centre for minors; gender as the centre takes in), the first (in
 * directory order) whose area covers the place's postal code. A presumed minor always raises a
 * child-protection alert. Plain Java: no Spring, no SQL.
 */
final class Routing {
    private Routing() {
    }

    enum Gender { WOMAN, MAN, OTHER, UNKNOWN }

    record Profile(boolean presumedMinor, Gender gender) {
        Profile {
            if (gender == null) gender = Gender.UNKNOWN;
        }
    }

    /** Why the suggestion is what it is (also a message key suffix {@code referral.why.<reason>}). */
    enum Reason {
        /** the centre serves the postal code and takes in the profile */
        SERVES_AREA,
        /** no (valid) postal code: the user chooses */
        NO_POSTAL_CODE,
        /** no active centre for that profile serves the postal code: the user chooses */
        NO_CENTRE_FOR_AREA
    }

    record Suggestion(Optional<Centre> centre, Reason reason, boolean childProtectionAlert) {
        String centreCode() {
            return centre.map(Centre::code).orElse(null);
        }
    }

    static Suggestion suggest(List<Centre> directory, String postalCode, Profile profile) {
        boolean alert = profile.presumedMinor();
        int code = PostalAreas.code(postalCode);
        if (code < 0) return new Suggestion(Optional.empty(), Reason.NO_POSTAL_CODE, alert);
        Optional<Centre> found = candidates(directory, profile).stream().filter(c -> c.areas().covers(code)).findFirst();
        return new Suggestion(found, found.isPresent() ? Reason.SERVES_AREA : Reason.NO_CENTRE_FOR_AREA, alert);
    }

    /** The active centres that take in the profile, in directory order. */
    static List<Centre> candidates(List<Centre> directory, Profile profile) {
        return directory.stream().filter(Centre::active).filter(c -> c.intake().takes(profile))
                .sorted(Comparator.comparingInt(Centre::sortKey).thenComparing(Centre::code)).toList();
    }
}
