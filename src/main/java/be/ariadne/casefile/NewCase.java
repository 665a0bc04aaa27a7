package be.ariadne.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What is known when a case is opened. Every field is optional; codes are validated against the
 * code lists (unknown codes are refused naming the field). Build one with {@link #builder()}: new
 * fields may be added to this record, the builder's methods stay.
 *
 * @param registrationDate    the date the case is registered (opened); null: today. Statistics count by it.
 * @param gender              null: {@link Gender#UNKNOWN}
 * @param birthYear           when only the year is known (must agree with {@code birthDate} when both are given)
 * @param birthDate           kept encrypted in the IDENTITY compartment; its year goes to CASE_SUMMARY
 * @param citizenships        ISO 3166-1 alpha-2 codes
 * @param exploitation        forms of exploitation
 * @param ageWhenTrafficked   whole years (HTCDS vic_AgeWhenTrafficked)
 * @param traffickingStatus   null: {@link TraffickingStatus#POSSIBLE_VICTIM}
 * @param externalId          the sender's own identifier, unique per holding centre; never shown to other organisations
 * @param assessment          an initial assessment (e.g. the screening that led to the referral)
 * @param referralId          the referral the case comes from (referral module), or null
 * @param signalId            the signal the case comes from, or null
 * @param identity            names, aliases and phone numbers (encrypted), or null
 * @param ageAtRegistration   an age in years when neither birth date nor birth year is known
 * @param presumedMinor       age unknown or disputed and reasons to believe the person is under 18
 * @param languages           ISO 639-1 codes
 * @param labourSectors       ISIC tier-1 HTCDS value names ({@code F_Construction} …)
 * @param controlMethods      HTCDS vic_MethodsOfControl value names
 */
public record NewCase(LocalDate registrationDate, Gender gender, Integer birthYear, LocalDate birthDate,
                      List<String> citizenships, Set<ExploitationForm> exploitation, Integer ageWhenTrafficked,
                      TraffickingStatus traffickingStatus, String externalId, Assessment assessment, Long referralId,
                      Long signalId, Identity identity, Integer ageAtRegistration, boolean presumedMinor,
                      List<String> languages, List<String> labourSectors, List<String> controlMethods) {

    public NewCase {
        citizenships = citizenships == null ? List.of() : List.copyOf(citizenships);
        exploitation = exploitation == null ? Set.of() : Set.copyOf(exploitation);
        languages = languages == null ? List.of() : List.copyOf(languages);
        labourSectors = labourSectors == null ? List.of() : List.copyOf(labourSectors);
        controlMethods = controlMethods == null ? List.of() : List.copyOf(controlMethods);
    }

    /** Identity facts given at opening; all encrypted at rest, searchable by exact match. */
    public record Identity(String firstName, String lastName, List<String> aliases, List<String> phones) {
        public Identity {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            phones = phones == null ? List.of() : List.copyOf(phones);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent construction; every method may be left out. */
    public static final class Builder {
        private LocalDate registrationDate;
        private Gender gender;
        private Integer birthYear;
        private LocalDate birthDate;
        private final List<String> citizenships = new ArrayList<>();
        private final Set<ExploitationForm> exploitation = new LinkedHashSet<>();
        private Integer ageWhenTrafficked;
        private TraffickingStatus traffickingStatus;
        private String externalId;
        private Assessment assessment;
        private Long referralId;
        private Long signalId;
        private Identity identity;
        private Integer ageAtRegistration;
        private boolean presumedMinor;
        private final List<String> languages = new ArrayList<>();
        private final List<String> labourSectors = new ArrayList<>();
        private final List<String> controlMethods = new ArrayList<>();

        private Builder() {
        }

        public Builder registrationDate(LocalDate d) { this.registrationDate = d; return this; }
        public Builder gender(Gender g) { this.gender = g; return this; }
        public Builder birthYear(Integer y) { this.birthYear = y; return this; }
        public Builder birthDate(LocalDate d) { this.birthDate = d; return this; }
        public Builder citizenships(List<String> c) { this.citizenships.clear(); if (c != null) this.citizenships.addAll(c); return this; }
        public Builder exploitation(Set<ExploitationForm> e) { this.exploitation.clear(); if (e != null) this.exploitation.addAll(e); return this; }
        public Builder ageWhenTrafficked(Integer a) { this.ageWhenTrafficked = a; return this; }
        public Builder traffickingStatus(TraffickingStatus s) { this.traffickingStatus = s; return this; }
        public Builder externalId(String id) { this.externalId = id; return this; }
        public Builder assessment(Assessment a) { this.assessment = a; return this; }
        public Builder referralId(Long id) { this.referralId = id; return this; }
        public Builder signalId(Long id) { this.signalId = id; return this; }
        public Builder identity(Identity i) { this.identity = i; return this; }
        public Builder ageAtRegistration(Integer a) { this.ageAtRegistration = a; return this; }
        public Builder presumedMinor(boolean m) { this.presumedMinor = m; return this; }
        public Builder languages(List<String> l) { this.languages.clear(); if (l != null) this.languages.addAll(l); return this; }
        public Builder labourSectors(List<String> s) { this.labourSectors.clear(); if (s != null) this.labourSectors.addAll(s); return this; }
        public Builder controlMethods(List<String> m) { this.controlMethods.clear(); if (m != null) this.controlMethods.addAll(m); return this; }

        public NewCase build() {
            return new NewCase(registrationDate, gender, birthYear, birthDate, citizenships, exploitation, ageWhenTrafficked,
                    traffickingStatus, externalId, assessment, referralId, signalId, identity, ageAtRegistration, presumedMinor,
                    languages, labourSectors, controlMethods);
        }
    }
}
