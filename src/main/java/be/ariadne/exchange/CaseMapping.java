package be.ariadne.exchange;

import be.ariadne.casefile.CaseImport;
import be.ariadne.casefile.ImportedCase;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An HTCDS record as a case of the case file, and back (docs/exchange.md, "Mapping"). The codes
 * of gender, statuses and forms of exploitation have the same names on both sides; the value names
 * of recruitment, control, relationship and industry are the case file's codes themselves.
 * Languages are kept as ISO 639-1 (a three-letter ISO 639-2 code is converted on import).
 */
final class CaseMapping {
    private static final Map<String, String> ISO3_TO_ISO2 = new HashMap<>();

    static {
        for (String two : Locale.getISOLanguages()) {
            try {
                ISO3_TO_ISO2.put(new Locale(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException ignored) {
                // no three-letter code for this language
            }
        }
        ISO3_TO_ISO2.put("dut", "nl");
        ISO3_TO_ISO2.put("fre", "fr");
        ISO3_TO_ISO2.put("ger", "de");
    }

    private CaseMapping() {
    }

    static ImportedCase toCase(HtcdsRecord r) {
        List<String> languages = new ArrayList<>(2);
        for (String l : new String[] {r.primaryLanguage(), r.secondaryLanguage()}) {
            if (l == null) continue;
            String two = l.length() == 3 ? ISO3_TO_ISO2.getOrDefault(l, l) : l;
            if (!languages.contains(two)) languages.add(two);
        }
        ImportedCase.Address address = r.mailingStreet() == null && r.mailingCity() == null && r.mailingPostalCode() == null
                && r.mailingCountry() == null ? null
                : new ImportedCase.Address(r.mailingStreet(), r.mailingPostalCode(), r.mailingCity(), r.mailingCountry());
        Set<be.ariadne.casefile.ExploitationForm> forms = EnumSet.noneOf(be.ariadne.casefile.ExploitationForm.class);
        r.exploitation().forEach(f -> forms.add(be.ariadne.casefile.ExploitationForm.valueOf(f.name())));
        BirthDate birth = r.birthDate();
        return new ImportedCase(r.externalId(), r.registrationDate(),
                r.caseStatus() == null ? null : be.ariadne.casefile.CaseStatus.valueOf(r.caseStatus().name()),
                r.reasonForClosure(), r.firstName(), r.secondName(),
                r.gender() == null ? null : be.ariadne.casefile.Gender.valueOf(r.gender().name()),
                birth == null ? null : birth.date().orElse(null), birth == null ? null : birth.year(),
                r.citizenships(), r.identityNumber(), r.mobilePhone(), address, languages,
                r.traffickingStatus() == null ? null : be.ariadne.casefile.TraffickingStatus.valueOf(r.traffickingStatus().name()),
                r.ageWhenTrafficked(), r.relationshipToTrafficker(), List.copyOf(r.methodsOfRecruitment()),
                List.copyOf(r.methodsOfControl()), forms, List.copyOf(r.typesOfSexExploitation()), List.copyOf(r.forcedLabourIndustries()));
    }

    /** The record of a case; a case the standard cannot carry as it is throws {@link IllegalArgumentException}. */
    static HtcdsRecord toRecord(ImportedCase c) {
        Set<ExploitationForm> forms = EnumSet.noneOf(ExploitationForm.class);
        c.exploitation().forEach(f -> forms.add(ExploitationForm.valueOf(f.name())));
        BirthDate birth = c.birthDate() != null ? BirthDate.of(c.birthDate()) : c.birthYear() != null ? BirthDate.ofYear(c.birthYear()) : null;
        HtcdsRecord.Builder b = HtcdsRecord.builder(c.externalId(), c.registrationDate())
                .caseStatus(c.status() == null ? null : CaseStatus.valueOf(c.status().name()))
                .reasonForClosure(c.closingNote())
                .firstName(c.firstName())
                .secondName(c.lastName())
                .gender(c.gender() == null ? null : Gender.valueOf(c.gender().name()))
                .birthDate(birth)
                .citizenships(c.citizenships())
                .identityNumber(c.identityNumber())
                .mobilePhone(c.phone())
                .primaryLanguage(c.languages().isEmpty() ? null : c.languages().get(0))
                .secondaryLanguage(c.languages().size() < 2 ? null : c.languages().get(1))
                .traffickingStatus(c.traffickingStatus() == null ? null : TraffickingStatus.valueOf(c.traffickingStatus().name()))
                .ageWhenTrafficked(c.ageWhenTrafficked())
                .relationshipToTrafficker(c.relationToRecruiter())
                .methodsOfRecruitment(new LinkedHashSet<>(c.recruitmentMethods()))
                .methodsOfControl(new LinkedHashSet<>(c.controlMethods()))
                .exploitation(forms)
                .typesOfSexExploitation(new LinkedHashSet<>(c.sexExploitationTypes()))
                .forcedLabourIndustries(new LinkedHashSet<>(c.labourSectors()));
        if (c.address() != null) {
            b.mailingStreet(c.address().street()).mailingPostalCode(c.address().postalCode())
                    .mailingCity(c.address().municipality()).mailingCountry(c.address().country());
        }
        return b.build();
    }

    /** The HTCDS column of a case-file field named in a {@link CaseImport.Problem}. */
    static String column(String field) {
        Column c = switch (field) {
            case "externalId" -> Column.EXTERNAL_ID;
            case "registrationDate" -> Column.REGISTRATION_DATE;
            case "closingNote" -> Column.REASON_FOR_CLOSURE;
            case "firstName" -> Column.FIRST_NAME;
            case "lastName" -> Column.SECOND_NAME;
            case "birthDate", "birthYear" -> Column.BIRTHDATE;
            case "citizenships" -> Column.CITIZENSHIP;
            case "identityNumber" -> Column.IDENTITY_NUMBER;
            case "phone" -> Column.MOBILE_PHONE;
            case "address.street" -> Column.MAILING_STREET;
            case "address.postalCode" -> Column.MAILING_POSTAL_CODE;
            case "address.municipality" -> Column.MAILING_CITY;
            case "address.country" -> Column.MAILING_COUNTRY;
            case "languages" -> Column.PRIMARY_LANGUAGE;
            case "ageWhenTrafficked" -> Column.AGE_WHEN_TRAFFICKED;
            case "relationToRecruiter" -> Column.RELATIONSHIP_TO_TRAFFICKER;
            case "recruitmentMethods" -> Column.METHOD_OF_RECRUITMENT;
            case "controlMethods" -> Column.METHODS_OF_CONTROL;
            case "labourSectors" -> Column.FORCED_LABOUR_INDUSTRY;
            case "sexExploitationTypes" -> Column.TYPE_OF_SEX_EXPLOITATION;
            default -> null;
        };
        return c == null ? "(row)" : c.header();
    }

    /** A problem the case file found, as a problem of the file's row. */
    static HtcdsProblem problem(long line, CaseImport.Problem p) {
        return new HtcdsProblem(line, column(p.field()), "import.refused", List.of(Texts.shown(p.value()), p.message()));
    }
}
