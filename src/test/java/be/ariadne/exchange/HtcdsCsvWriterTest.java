package be.ariadne.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class HtcdsCsvWriterTest {

    private static final String HEADER = "cas_ExternalId,cas_IncomingReferralDate,cas_Status,cas_ReasonForCaseClosure,"
            + "prs_FirstName,prs_SecondName,prs_Gender,prs_Birthdate,prs_Citizenship,prs_IdentityNumber,"
            + "prs_MobilePhone,prs_MailingStreet,prs_MailingCity,prs_MailingPostalCode,prs_MailingCountry,"
            + "prs_PrimaryLanguage,prs_SecondaryLanguage,vic_TraffickingStatus,vic_AgeWhenTrafficked,"
            + "vic_RelationshipToTrafficker,vic_MethodOfRecruitment,vic_MethodsOfControl,vic_TypeOfExploitation,"
            + "vic_OtherExploitation,vic_TypeOfSexExploitation,vic_ForcedLabourIndustry";

    @Test
    void fixedHeaderOrder() {
        assertThat(String.join(",", HtcdsCsvWriter.columns())).isEqualTo(HEADER);
        assertThat(Csv.write(List.of())).isEqualTo(HEADER + "\r\n");
    }

    @Test
    void writesAFullRecord() {
        HtcdsRecord record = HtcdsRecord.builder("SYN-1", LocalDate.of(2025, 3, 4))
                .caseStatus(CaseStatus.CLOSED)
                .reasonForClosure("Contact lost, \"no\" answer\nsince May")
                .firstName("Zevquoela")
                .secondName("Quelbelezza")
                .gender(Gender.FEMININE)
                .birthDate(BirthDate.ofYear(2008))
                .citizenships(List.of("ng", "BE"))
                .identityNumber("X-AB1234567")
                .mobilePhone("+447700900123")
                .mailingStreet("Rue Velmorine 12")
                .mailingCity("Liège")
                .mailingPostalCode("4000")
                .mailingCountry("BE")
                .primaryLanguage("EN")
                .secondaryLanguage("fr")
                .traffickingStatus(TraffickingStatus.POSSIBLE_VICTIM)
                .ageWhenTrafficked(16)
                .relationshipToTrafficker("Acquainted")
                .methodsOfRecruitment(Set.of("ThroughOnlineSocialNetworks"))
                .methodsOfControl(Set.of("WithholdsDocuments", "DebtBondage"))
                .exploitation(Set.of(ExploitationForm.SEXUAL, ExploitationForm.LABOUR))
                .typesOfSexExploitation(Set.of("Prostitution"))
                .forcedLabourIndustries(Set.of("T_ActivitiesOfHouseholdsAsEmployers"))
                .build();

        String csv = Csv.write(List.of(record));

        assertThat(csv).isEqualTo(HEADER + "\r\n"
                + "SYN-1,2025-03-04,Closed,\"Contact lost, \"\"no\"\" answer\nsince May\",Zevquoela,Quelbelezza,"
                + "Feminine,2008,NG;BE,X-AB1234567,+447700900123,Rue Velmorine 12,Liège,4000,BE,en,fr,"
                + "PossibleVictimOfTrafficking,16,Acquainted,ThroughOnlineSocialNetworks,DebtBondage;WithholdsDocuments,"
                + "ForcedLabour;SexualExploitation,,Prostitution,T_ActivitiesOfHouseholdsAsEmployers\r\n");
        // UTF-8, no byte order mark.
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes[0]).isEqualTo((byte) 'c');
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Liège");
    }

    @Test
    void absentValuesAreEmptyAndDatesAreIso() {
        HtcdsRecord record = HtcdsRecord.builder("A", LocalDate.of(2016, 1, 9))
                .birthDate(BirthDate.of(LocalDate.of(1990, 12, 1))).build();
        assertThat(Csv.write(List.of(record)).split("\r\n")[1]).isEqualTo("A,2016-01-09,,,,,,1990-12-01" + ",".repeat(18));
    }

    @Test
    void quotesOnlyWhatNeedsQuoting() {
        StringBuilder out = new StringBuilder();
        HtcdsCsvWriter.text(out, "plain text; with semicolon");
        out.append('|');
        HtcdsCsvWriter.text(out, "a,b");
        out.append('|');
        HtcdsCsvWriter.text(out, "say \"hi\"");
        out.append('|');
        HtcdsCsvWriter.text(out, "line\rbreak");
        assertThat(out).hasToString("plain text; with semicolon|\"a,b\"|\"say \"\"hi\"\"\"|\"line\rbreak\"");
    }
}
