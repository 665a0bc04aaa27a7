package be.ariadne.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The facts of a case that statistics count, as of now. {@code birthDate} travels in memory only
 * (statistics must store derived groups, never the date).
 */
public record CaseFacts(long caseId, String caseCode, String centreCode, LocalDate registrationDate, Gender gender,
                        LocalDate birthDate, Integer birthYear, Integer ageAtRegistration, List<String> citizenships,
                        Set<ExploitationForm> forms, TraffickingStatus traffickingStatus, CaseStatus status) {
    public CaseFacts {
        citizenships = citizenships == null ? List.of() : List.copyOf(citizenships);
        forms = forms == null ? Set.of() : Set.copyOf(forms);
    }
}
