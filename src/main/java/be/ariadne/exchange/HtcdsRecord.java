package be.ariadne.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One victim's case as exchanged in an HTCDS 2.0 CSV row, with Ariadne's codes where the
 * htcds-exchange contract maps them and HTCDS value names elsewhere.
 *
 * <p>Immutable and always valid: text is stripped (blank becomes {@code null}), country codes
 * upper case, language codes lower case, multi-select values without duplicates and in the
 * standard's order; a value the reader would refuse (unknown value name, text too long, birth
 * after registration, …) makes the constructor throw {@link IllegalArgumentException} naming
 * every bad column. So a record written by {@link HtcdsCsvWriter} reads back equal.
 * Absent single values are {@code null}; absent multi-select values are empty collections.
 *
 * @param externalId              {@code cas_ExternalId}: the sender's own identifier (required)
 * @param registrationDate        {@code cas_IncomingReferralDate}: the date the case was registered (required)
 * @param caseStatus              {@code cas_Status}
 * @param reasonForClosure        {@code cas_ReasonForCaseClosure} (free text, may span lines)
 * @param firstName               {@code prs_FirstName}
 * @param secondName              {@code prs_SecondName} (surname)
 * @param gender                  {@code prs_Gender}
 * @param birthDate               {@code prs_Birthdate}, a full date or a year
 * @param citizenships            {@code prs_Citizenship}: ISO 3166-1 alpha-2 codes, in the sender's order
 * @param identityNumber          {@code prs_IdentityNumber}
 * @param mobilePhone             {@code prs_MobilePhone}
 * @param mailingStreet           {@code prs_MailingStreet}
 * @param mailingCity             {@code prs_MailingCity}
 * @param mailingPostalCode       {@code prs_MailingPostalCode}
 * @param mailingCountry          {@code prs_MailingCountry}: ISO 3166-1 alpha-2
 * @param primaryLanguage         {@code prs_PrimaryLanguage}: ISO 639 code
 * @param secondaryLanguage       {@code prs_SecondaryLanguage}: ISO 639 code
 * @param traffickingStatus       {@code vic_TraffickingStatus}
 * @param ageWhenTrafficked       {@code vic_AgeWhenTrafficked}: whole years
 * @param relationshipToTrafficker {@code vic_RelationshipToTrafficker}: HTCDS value name
 * @param methodsOfRecruitment    {@code vic_MethodOfRecruitment}: HTCDS value names
 * @param methodsOfControl        {@code vic_MethodsOfControl}: HTCDS value names
 * @param exploitation            {@code vic_TypeOfExploitation} with {@code vic_OtherExploitation}
 * @param typesOfSexExploitation  {@code vic_TypeOfSexExploitation}: HTCDS value names
 * @param forcedLabourIndustries  {@code vic_ForcedLabourIndustry}: ISIC tier-1 value names
 */
public record HtcdsRecord(
        String externalId,
        LocalDate registrationDate,
        CaseStatus caseStatus,
        String reasonForClosure,
        String firstName,
        String secondName,
        Gender gender,
        BirthDate birthDate,
        List<String> citizenships,
        String identityNumber,
        String mobilePhone,
        String mailingStreet,
        String mailingCity,
        String mailingPostalCode,
        String mailingCountry,
        String primaryLanguage,
        String secondaryLanguage,
        TraffickingStatus traffickingStatus,
        Integer ageWhenTrafficked,
        String relationshipToTrafficker,
        Set<String> methodsOfRecruitment,
        Set<String> methodsOfControl,
        Set<ExploitationForm> exploitation,
        Set<String> typesOfSexExploitation,
        Set<String> forcedLabourIndustries) {

    public HtcdsRecord {
        List<Violation> violations = new ArrayList<>();
        externalId = text(Column.EXTERNAL_ID, externalId, violations);
        if (externalId == null) {
            violations.add(Rules.required(Column.EXTERNAL_ID));
        }
        if (registrationDate == null) {
            violations.add(Rules.required(Column.REGISTRATION_DATE));
        } else {
            add(violations, Rules.year(Column.REGISTRATION_DATE, registrationDate.getYear(), registrationDate));
        }
        reasonForClosure = text(Column.REASON_FOR_CLOSURE, reasonForClosure, violations);
        firstName = text(Column.FIRST_NAME, firstName, violations);
        secondName = text(Column.SECOND_NAME, secondName, violations);
        if (birthDate != null) {
            add(violations, Rules.year(Column.BIRTHDATE, birthDate.year(), birthDate));
        }
        citizenships = countries(citizenships, violations);
        identityNumber = text(Column.IDENTITY_NUMBER, identityNumber, violations);
        mobilePhone = text(Column.MOBILE_PHONE, mobilePhone, violations);
        mailingStreet = text(Column.MAILING_STREET, mailingStreet, violations);
        mailingCity = text(Column.MAILING_CITY, mailingCity, violations);
        mailingPostalCode = text(Column.MAILING_POSTAL_CODE, mailingPostalCode, violations);
        mailingCountry = Texts.clean(mailingCountry);
        if (mailingCountry != null) {
            mailingCountry = Rules.upper(mailingCountry);
            add(violations, Rules.country(Column.MAILING_COUNTRY, mailingCountry));
        }
        primaryLanguage = language(Column.PRIMARY_LANGUAGE, primaryLanguage, violations);
        secondaryLanguage = language(Column.SECONDARY_LANGUAGE, secondaryLanguage, violations);
        if (ageWhenTrafficked != null) {
            add(violations, Rules.age(ageWhenTrafficked, ageWhenTrafficked));
        }
        relationshipToTrafficker = Texts.clean(relationshipToTrafficker);
        if (relationshipToTrafficker != null) {
            add(violations, Rules.vocabulary(Column.RELATIONSHIP_TO_TRAFFICKER, relationshipToTrafficker));
        }
        methodsOfRecruitment = valueNames(Column.METHOD_OF_RECRUITMENT, methodsOfRecruitment, violations);
        methodsOfControl = valueNames(Column.METHODS_OF_CONTROL, methodsOfControl, violations);
        exploitation = exploitation == null || exploitation.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(exploitation));
        typesOfSexExploitation = valueNames(Column.TYPE_OF_SEX_EXPLOITATION, typesOfSexExploitation, violations);
        forcedLabourIndustries = valueNames(Column.FORCED_LABOUR_INDUSTRY, forcedLabourIndustries, violations);
        add(violations, Rules.birthAfterRegistration(registrationDate, birthDate));
        add(violations, Rules.ageOlderThanPerson(registrationDate, birthDate, ageWhenTrafficked));
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("invalid HTCDS record: " + violations.stream()
                    .map(Violation::toString).collect(Collectors.joining("; ")));
        }
    }

    /** A builder for a record with the two required values. */
    public static Builder builder(String externalId, LocalDate registrationDate) {
        return new Builder().externalId(externalId).registrationDate(registrationDate);
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    private static void add(List<Violation> violations, Violation violation) {
        if (violation != null) {
            violations.add(violation);
        }
    }

    private static String text(Column column, String value, List<Violation> violations) {
        String cleaned = Texts.clean(value);
        if (cleaned != null) {
            add(violations, Rules.text(column, cleaned));
        }
        return cleaned;
    }

    private static String language(Column column, String value, List<Violation> violations) {
        String cleaned = Texts.clean(value);
        if (cleaned == null) {
            return null;
        }
        String code = Rules.lower(cleaned);
        add(violations, Rules.language(column, code));
        return code;
    }

    private static List<String> countries(List<String> codes, List<Violation> violations) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String code : codes) {
            String cleaned = Texts.clean(code);
            if (cleaned == null) {
                continue;
            }
            String upper = Rules.upper(cleaned);
            if (distinct.add(upper)) {
                add(violations, Rules.country(Column.CITIZENSHIP, upper));
            }
        }
        return List.copyOf(distinct);
    }

    /** Distinct value names in the standard's order (unknown ones last, reported). */
    private static Set<String> valueNames(Column column, Collection<String> names, List<Violation> violations) {
        if (names == null || names.isEmpty()) {
            return Set.of();
        }
        if (names instanceof ValueSet && ((ValueSet) names).column() == column) {
            return (ValueSet) names; // checked and ordered when the other record was made
        }
        String[] sorted = new String[names.size()];
        int count = 0;
        for (String name : names) {
            String cleaned = Texts.clean(name);
            if (cleaned != null && !Arrays.asList(sorted).subList(0, count).contains(cleaned)) {
                sorted[count++] = cleaned;
                add(violations, Rules.vocabulary(column, cleaned));
            }
        }
        if (count > 1) {
            Vocabulary vocabulary = Vocabulary.standard();
            Arrays.sort(sorted, 0, count, Comparator.comparingInt(
                    (String name) -> vocabulary.position(column.header(), name)).thenComparing(Comparator.naturalOrder()));
        }
        return new ValueSet(column, count == sorted.length ? sorted : Arrays.copyOf(sorted, count));
    }

    /** Mutable builder; {@link #build()} checks every value. */
    public static final class Builder {
        private String externalId;
        private LocalDate registrationDate;
        private CaseStatus caseStatus;
        private String reasonForClosure;
        private String firstName;
        private String secondName;
        private Gender gender;
        private BirthDate birthDate;
        private List<String> citizenships = List.of();
        private String identityNumber;
        private String mobilePhone;
        private String mailingStreet;
        private String mailingCity;
        private String mailingPostalCode;
        private String mailingCountry;
        private String primaryLanguage;
        private String secondaryLanguage;
        private TraffickingStatus traffickingStatus;
        private Integer ageWhenTrafficked;
        private String relationshipToTrafficker;
        private Set<String> methodsOfRecruitment = Set.of();
        private Set<String> methodsOfControl = Set.of();
        private Set<ExploitationForm> exploitation = Set.of();
        private Set<String> typesOfSexExploitation = Set.of();
        private Set<String> forcedLabourIndustries = Set.of();

        private Builder() {
        }

        private Builder(HtcdsRecord r) {
            externalId = r.externalId;
            registrationDate = r.registrationDate;
            caseStatus = r.caseStatus;
            reasonForClosure = r.reasonForClosure;
            firstName = r.firstName;
            secondName = r.secondName;
            gender = r.gender;
            birthDate = r.birthDate;
            citizenships = r.citizenships;
            identityNumber = r.identityNumber;
            mobilePhone = r.mobilePhone;
            mailingStreet = r.mailingStreet;
            mailingCity = r.mailingCity;
            mailingPostalCode = r.mailingPostalCode;
            mailingCountry = r.mailingCountry;
            primaryLanguage = r.primaryLanguage;
            secondaryLanguage = r.secondaryLanguage;
            traffickingStatus = r.traffickingStatus;
            ageWhenTrafficked = r.ageWhenTrafficked;
            relationshipToTrafficker = r.relationshipToTrafficker;
            methodsOfRecruitment = r.methodsOfRecruitment;
            methodsOfControl = r.methodsOfControl;
            exploitation = r.exploitation;
            typesOfSexExploitation = r.typesOfSexExploitation;
            forcedLabourIndustries = r.forcedLabourIndustries;
        }

        public Builder externalId(String value) {
            externalId = value;
            return this;
        }

        public Builder registrationDate(LocalDate value) {
            registrationDate = value;
            return this;
        }

        public Builder caseStatus(CaseStatus value) {
            caseStatus = value;
            return this;
        }

        public Builder reasonForClosure(String value) {
            reasonForClosure = value;
            return this;
        }

        public Builder firstName(String value) {
            firstName = value;
            return this;
        }

        public Builder secondName(String value) {
            secondName = value;
            return this;
        }

        public Builder gender(Gender value) {
            gender = value;
            return this;
        }

        public Builder birthDate(BirthDate value) {
            birthDate = value;
            return this;
        }

        public Builder citizenships(List<String> value) {
            citizenships = value;
            return this;
        }

        public Builder identityNumber(String value) {
            identityNumber = value;
            return this;
        }

        public Builder mobilePhone(String value) {
            mobilePhone = value;
            return this;
        }

        public Builder mailingStreet(String value) {
            mailingStreet = value;
            return this;
        }

        public Builder mailingCity(String value) {
            mailingCity = value;
            return this;
        }

        public Builder mailingPostalCode(String value) {
            mailingPostalCode = value;
            return this;
        }

        public Builder mailingCountry(String value) {
            mailingCountry = value;
            return this;
        }

        public Builder primaryLanguage(String value) {
            primaryLanguage = value;
            return this;
        }

        public Builder secondaryLanguage(String value) {
            secondaryLanguage = value;
            return this;
        }

        public Builder traffickingStatus(TraffickingStatus value) {
            traffickingStatus = value;
            return this;
        }

        public Builder ageWhenTrafficked(Integer value) {
            ageWhenTrafficked = value;
            return this;
        }

        public Builder relationshipToTrafficker(String value) {
            relationshipToTrafficker = value;
            return this;
        }

        public Builder methodsOfRecruitment(Set<String> value) {
            methodsOfRecruitment = value;
            return this;
        }

        public Builder methodsOfControl(Set<String> value) {
            methodsOfControl = value;
            return this;
        }

        public Builder exploitation(Set<ExploitationForm> value) {
            exploitation = value;
            return this;
        }

        public Builder typesOfSexExploitation(Set<String> value) {
            typesOfSexExploitation = value;
            return this;
        }

        public Builder forcedLabourIndustries(Set<String> value) {
            forcedLabourIndustries = value;
            return this;
        }

        /** The record; {@link IllegalArgumentException} naming every bad column otherwise. */
        public HtcdsRecord build() {
            return new HtcdsRecord(externalId, registrationDate, caseStatus, reasonForClosure, firstName,
                    secondName, gender, birthDate, citizenships, identityNumber, mobilePhone, mailingStreet,
                    mailingCity, mailingPostalCode, mailingCountry, primaryLanguage, secondaryLanguage,
                    traffickingStatus, ageWhenTrafficked, relationshipToTrafficker, methodsOfRecruitment,
                    methodsOfControl, exploitation, typesOfSexExploitation, forcedLabourIndustries);
        }
    }
}
