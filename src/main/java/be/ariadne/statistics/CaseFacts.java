package be.ariadne.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the statistics need to know about one victim's case. Only {@code registrationDate} and
 * {@code centre} are required; a missing fact counts as {@code UNKNOWN} in its dimension.
 *
 * @param registrationDate  the date the case was registered ({@code cas_IncomingReferralDate} on
 *                          import, the opening date otherwise)
 * @param centre            code of the centre holding the case, e.g. {@code PAG_ASA}
 * @param gender            null when not recorded
 * @param birthDate         null when not known
 * @param birthYear         null when not known; must agree with the birth date when both are given
 * @param ageAtRegistration an age in whole years given at registration, used without birth data
 * @param citizenships      ISO 3166-1 alpha-2 codes, possibly several; null or empty when unknown
 * @param exploitation      forms of exploitation; null or empty when none is recorded
 */
public record CaseFacts(LocalDate registrationDate, String centre, Gender gender, LocalDate birthDate,
                        Integer birthYear, Integer ageAtRegistration, List<String> citizenships,
                        Set<ExploitationForm> exploitation) {

    public CaseFacts {
        // Copies that keep null elements, so that classification can reject them by field name.
        citizenships = citizenships == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(citizenships));
        exploitation = exploitation == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(exploitation));
    }
}
