package be.ariadne.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One case as another system sends it (HTCDS import, {@link CaseImport}), or as it is exported.
 * Every value is optional except {@code externalId} and {@code registrationDate}. Codes are those
 * of the case file's code lists (checked on import, each problem naming the field and value).
 *
 * @param externalId          the sender's identifier, unique per holding centre (re-import updates that case)
 * @param registrationDate    the date the case was registered
 * @param status              null: ACTIVE
 * @param closingNote         why the case was closed (free text, encrypted; kept on the closing transition)
 * @param firstName           IDENTITY, encrypted
 * @param lastName            IDENTITY, encrypted
 * @param gender              null: UNKNOWN
 * @param birthDate           IDENTITY, encrypted (its year goes to {@code birthYear})
 * @param birthYear           when only the year is known
 * @param citizenships        ISO 3166-1 alpha-2
 * @param identityNumber      an identity document number (IDENTITY, type OTHER), encrypted
 * @param phone               IDENTITY, encrypted
 * @param address             IDENTITY, encrypted, or null
 * @param languages           ISO 639-1, the first the primary language
 * @param traffickingStatus   null: POSSIBLE_VICTIM
 * @param ageWhenTrafficked   whole years
 * @param relationToRecruiter {@code recruiter-relations} code
 * @param recruitmentMethods  {@code recruitment-methods} codes
 * @param controlMethods      {@code control-methods} codes
 * @param exploitation        forms of exploitation
 * @param sexExploitationTypes HTCDS {@code vic_TypeOfSexExploitation} value names (kept as given)
 * @param labourSectors       {@code isic-sectors} codes
 */
public record ImportedCase(String externalId, LocalDate registrationDate, CaseStatus status, String closingNote,
                           String firstName, String lastName, Gender gender, LocalDate birthDate, Integer birthYear,
                           List<String> citizenships, String identityNumber, String phone, Address address,
                           List<String> languages, TraffickingStatus traffickingStatus, Integer ageWhenTrafficked,
                           String relationToRecruiter, List<String> recruitmentMethods, List<String> controlMethods,
                           Set<ExploitationForm> exploitation, List<String> sexExploitationTypes, List<String> labourSectors) {

    public ImportedCase {
        citizenships = citizenships == null ? List.of() : List.copyOf(citizenships);
        languages = languages == null ? List.of() : List.copyOf(languages);
        recruitmentMethods = recruitmentMethods == null ? List.of() : List.copyOf(recruitmentMethods);
        controlMethods = controlMethods == null ? List.of() : List.copyOf(controlMethods);
        exploitation = exploitation == null ? Set.of() : Set.copyOf(exploitation);
        sexExploitationTypes = sexExploitationTypes == null ? List.of() : List.copyOf(sexExploitationTypes);
        labourSectors = labourSectors == null ? List.of() : List.copyOf(labourSectors);
    }

    /** A postal address (all parts optional; country ISO 3166-1 alpha-2). */
    public record Address(String street, String postalCode, String municipality, String country) {
    }
}
