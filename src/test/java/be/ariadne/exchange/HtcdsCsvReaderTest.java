package be.ariadne.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtcdsCsvReaderTest {

    private static final String HEADER = "cas_ExternalId,cas_IncomingReferralDate,prs_FirstName,prs_Gender,"
            + "prs_Birthdate,prs_Citizenship,vic_AgeWhenTrafficked\n";

    @Test
    void readsAValidRowIntoAriadneCodes() throws Exception {
        HtcdsRecord record = Csv.single("cas_ExternalId,cas_IncomingReferralDate,cas_Status,prs_Gender,prs_Birthdate,"
                + "prs_Citizenship,vic_TraffickingStatus,vic_TypeOfExploitation,vic_OtherExploitation,"
                + "vic_ForcedLabourIndustry,vic_MethodsOfControl,prs_PrimaryLanguage\n"
                + "A-1,2025-03-04,FollowUp,TransgenderFeminine,1999,ng;BE,ActualVictimOfTrafficking,"
                + "ForcedLabour;Other,ForcedCriminality,F_Construction;A_AgricultureForestryAndFishing,"
                + "WithholdsDocuments;DebtBondage,EN\n");

        assertThat(record.externalId()).isEqualTo("A-1");
        assertThat(record.registrationDate()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(record.caseStatus()).isEqualTo(CaseStatus.FOLLOW_UP);
        assertThat(record.gender()).isEqualTo(Gender.TRANSGENDER_FEMININE);
        assertThat(record.birthDate()).isEqualTo(BirthDate.ofYear(1999));
        assertThat(record.citizenships()).containsExactly("NG", "BE");
        assertThat(record.traffickingStatus()).isEqualTo(TraffickingStatus.ACTUAL_VICTIM);
        assertThat(record.exploitation()).containsExactlyInAnyOrder(ExploitationForm.LABOUR,
                ExploitationForm.FORCED_CRIME);
        // In the standard's order, whatever the file's.
        assertThat(record.forcedLabourIndustries()).containsExactly("A_AgricultureForestryAndFishing",
                "F_Construction");
        assertThat(record.methodsOfControl()).containsExactly("DebtBondage", "WithholdsDocuments");
        assertThat(record.primaryLanguage()).isEqualTo("en");
        assertThat(record.firstName()).isNull();
    }

    @Test
    void unknownValueNamesColumnAndValue() throws Exception {
        assertThat(Csv.problems(HEADER + "A-1,2025-01-15,Zara,Female,,,\n")).containsExactly(
                "line 2: prs_Gender: unknown value 'Female', expected one of Feminine, Masculine, "
                        + "TransgenderFeminine, TransgenderMasculine, NonConforming, NonSpecifiedUnknown");
    }

    @Test
    void unknownValueInALongVocabularyAndACaseSlip() throws Exception {
        assertThat(Csv.problems("cas_ExternalId,cas_IncomingReferralDate,vic_ForcedLabourIndustry,vic_TypeOfExploitation\n"
                + "A-1,2025-01-15,F_Construction;Construction,forcedlabour\n")).containsExactly(
                "line 2: vic_ForcedLabourIndustry: unknown value 'Construction'",
                "line 2: vic_TypeOfExploitation: unknown value 'forcedlabour', did you mean 'ForcedLabour'?");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2025-02-30 | impossible date '2025-02-30'",
        "2023-02-29 | impossible date '2023-02-29'",
        "2025-13-01 | impossible date '2025-13-01'",
        "15/01/2025 | not a date '15/01/2025', expected YYYY-MM-DD",
        "2025-1-5   | not a date '2025-1-5', expected YYYY-MM-DD",
        "1850-01-01 | implausible year in '1850-01-01', expected 1900 to 2100"})
    void badRegistrationDate(String value, String problem) throws Exception {
        assertThat(Csv.problems(HEADER + "A-1," + value + ",,,,,\n"))
                .containsExactly("line 2: cas_IncomingReferralDate: " + problem);
    }

    @Test
    void birthDateOfYearAloneOrFullAndItsProblems() throws Exception {
        assertThat(Csv.single(HEADER + "A-1,2025-01-15,,,2008,,\n").birthDate()).isEqualTo(BirthDate.ofYear(2008));
        assertThat(Csv.single(HEADER + "A-1,2025-01-15,,,2008-02-29,,\n").birthDate())
                .isEqualTo(BirthDate.of(LocalDate.of(2008, 2, 29)));
        assertThat(Csv.problems(HEADER + "A-1,2025-01-15,,,2007-02-29,,\n"))
                .containsExactly("line 2: prs_Birthdate: impossible date '2007-02-29'");
        assertThat(Csv.problems(HEADER + "A-1,2025-01-15,,,08,,\n"))
                .containsExactly("line 2: prs_Birthdate: not a date '08', expected YYYY-MM-DD or YYYY");
    }

    @Test
    void birthDateAfterRegistration() throws Exception {
        assertThat(Csv.problems(HEADER + "A-1,2025-01-15,,,2025-06-01,,\n" + "A-2,2025-01-15,,,2026,,\n"))
                .containsExactly(
                        "line 2: prs_Birthdate: birth date '2025-06-01' is after the registration date '2025-01-15'",
                        "line 3: prs_Birthdate: birth date '2026' is after the registration date '2025-01-15'");
        // Born the same day or the same year: possible.
        assertThat(Csv.problems(HEADER + "A-1,2025-01-15,,,2025-01-15,,0\n" + "A-2,2025-01-15,,,2025,,\n")).isEmpty();
    }

    @Test
    void ageWhenTraffickedOlderThanThePersonAtRegistration() throws Exception {
        assertThat(Csv.problems(HEADER + "A-1,2025-06-01,,,2000-06-02,,25\n")).containsExactly(
                "line 2: vic_AgeWhenTrafficked: age when trafficked '25' is older than the person at registration "
                        + "(24 years, born '2000-06-02', registered '2025-06-01')");
        // With the year alone the age is the difference of years, as the statistics count it.
        assertThat(Csv.problems(HEADER + "A-1,2025-06-01,,,2008,,17\n")).isEmpty();
        assertThat(Csv.problems(HEADER + "A-1,2025-06-01,,,2008,,18\n")).containsExactly(
                "line 2: vic_AgeWhenTrafficked: age when trafficked '18' is older than the person at registration "
                        + "(17 years, born '2008', registered '2025-06-01')");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-3     | negative number '-3'",
        "twelve | not a whole number 'twelve'",
        "12.5   | not a whole number '12.5'",
        "1e2    | not a whole number '1e2'",
        "-      | not a whole number '-'",
        "131    | implausible number '131', at most 130",
        "99999999999 | implausible number '99999999999', at most 130"})
    void badAgeWhenTrafficked(String value, String problem) throws Exception {
        assertThat(Csv.problems(HEADER + "A-1,2025-01-15,,,,," + value + "\n"))
                .containsExactly("line 2: vic_AgeWhenTrafficked: " + problem);
    }

    @Test
    void invalidCountryCodes() throws Exception {
        assertThat(Csv.problems(HEADER + "A-1,2025-01-15,,,,BE;XX;Belgium,\n")).containsExactly(
                "line 2: prs_Citizenship: invalid country code 'XX', expected ISO 3166-1 alpha-2 (e.g. BE)",
                "line 2: prs_Citizenship: invalid country code 'BELGIUM', expected ISO 3166-1 alpha-2 (e.g. BE)");
        assertThat(Csv.problems("cas_ExternalId,cas_IncomingReferralDate,prs_MailingCountry,prs_PrimaryLanguage\n"
                + "A-1,2025-01-15,BEL,english\n")).containsExactly(
                "line 2: prs_MailingCountry: invalid country code 'BEL', expected ISO 3166-1 alpha-2 (e.g. BE)",
                "line 2: prs_PrimaryLanguage: invalid language code 'english', expected ISO 639 (e.g. nl or nld)");
    }

    @Test
    void duplicatedExternalIdWithinTheFile() throws Exception {
        assertThat(Csv.problems(HEADER + "A-1,2025-01-15,,,,,\n" + "A-2,2025-01-15,,,,,\n" + " A-1 ,2025-02-15,,,,,\n"))
                .containsExactly("line 4: cas_ExternalId: duplicate 'A-1', first on line 2");
    }

    @Test
    void tooLongValues() throws Exception {
        String name = "a".repeat(201);
        assertThat(Csv.problems(HEADER + "A-1,2025-01-15," + name + ",,,,\n")).containsExactly(
                "line 2: prs_FirstName: value '" + "a".repeat(40) + "…' too long: 201 characters, at most 200");
        // 200 characters, even outside the BMP, are fine.
        assertThat(Csv.problems(HEADER + "A-1,2025-01-15," + "😀".repeat(200) + ",,,,\n")).isEmpty();
        assertThat(Csv.problems(HEADER + "" + "x".repeat(101) + ",2025-01-15,,,,,\n")).containsExactly(
                "line 2: cas_ExternalId: value '" + "x".repeat(40) + "…' too long: 101 characters, at most 100");
    }

    @Test
    void controlCharactersOutsideLongText() throws Exception {
        assertThat(Csv.problems(HEADER + "A-1,2025-01-15,\"Ze\nra\",,,,\n"))
                .containsExactly("line 2: prs_FirstName: value 'Ze\\nra' holds a control character");
        assertThat(Csv.read("cas_ExternalId,cas_IncomingReferralDate,cas_ReasonForCaseClosure\n"
                + "A-1,2025-01-15,\"Contact lost.\nNo answer since\"\n").get(0).record().orElseThrow()
                .reasonForClosure()).isEqualTo("Contact lost.\nNo answer since");
    }

    @Test
    void missingRequiredValues() throws Exception {
        assertThat(Csv.problems(HEADER + " ,,,,,,\n")).containsExactly(
                "line 2: cas_ExternalId: missing value (required)",
                "line 2: cas_IncomingReferralDate: missing value (required)");
    }

    @Test
    void everyProblemOfARowIsReportedNotJustTheFirst() throws Exception {
        List<HtcdsRow> rows = Csv.read(HEADER
                + "A-1,2025-02-30," + "b".repeat(250) + ",Male,1850,ZZ,-1\n"
                + "A-2,2025-01-15,,,2000-01-01,BE,30\n");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).isValid()).isFalse();
        assertThat(rows.get(0).record()).isEmpty();
        assertThat(rows.get(0).problems()).extracting(HtcdsProblem::column).containsExactly(
                "cas_IncomingReferralDate", "prs_FirstName", "prs_Gender", "prs_Birthdate", "prs_Citizenship",
                "vic_AgeWhenTrafficked");
        assertThat(rows.get(0).problems()).allMatch(problem -> problem.line() == 2);
        assertThat(rows.get(1).problems()).extracting(HtcdsProblem::toString).containsExactly(
                "line 3: vic_AgeWhenTrafficked: age when trafficked '30' is older than the person at registration "
                        + "(25 years, born '2000-01-01', registered '2025-01-15')");
        assertThat(rows.get(1).values()).containsExactly("A-2", "2025-01-15", "", "", "2000-01-01", "BE", "30");
    }

    @Test
    void malformedUtf8IsAProblemOfItsLineAndReadingGoesOn() throws Exception {
        byte[] content = Csv.concat(Csv.bytes(HEADER + "A-1,2025-01-15,Zeva,,,,\n" + "A-2,2025-01-15,Ze"),
                new byte[] {(byte) 0xC3, (byte) 0x28}, Csv.bytes("va,,,,\n"),
                Csv.bytes("A-3,2025-01-15,"), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                Csv.bytes(",,,,\nA-4,2025-01-15,Zéva,,,,\n"));

        List<HtcdsRow> rows = Csv.read(content, HtcdsCsvReader.Options.defaults());

        assertThat(rows).extracting(HtcdsRow::isValid).containsExactly(true, false, false, true);
        assertThat(rows.get(1).problems()).extracting(HtcdsProblem::toString).containsExactly(
                "line 3: prs_FirstName: malformed UTF-8: byte 0xC3 at byte 3 of the value");
        // An encoded surrogate is not UTF-8 either.
        assertThat(rows.get(2).problems()).extracting(HtcdsProblem::toString).containsExactly(
                "line 4: prs_FirstName: malformed UTF-8: byte 0xED at byte 1 of the value");
        assertThat(rows.get(1).values().get(2)).isEqualTo("Ze\uFFFD(va");
        assertThat(rows.get(3).record().orElseThrow().firstName()).isEqualTo("Zéva");
    }

    @Test
    void truncatedUtf8AtTheEndOfTheFile() throws Exception {
        byte[] content = Csv.concat(Csv.bytes("cas_ExternalId,cas_IncomingReferralDate,prs_FirstName\nA-1,2025-01-15,Z"),
                new byte[] {(byte) 0xE2, (byte) 0x82});
        assertThat(Csv.read(content, HtcdsCsvReader.Options.defaults()).get(0).problems())
                .extracting(HtcdsProblem::toString)
                .containsExactly("line 2: prs_FirstName: malformed UTF-8: byte 0xE2 at byte 2 of the value");
    }

    @Test
    void byteOrderMarkIsAccepted() throws Exception {
        byte[] content = Csv.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                Csv.bytes("cas_ExternalId,cas_IncomingReferralDate\r\nA-1,2025-01-15\r\n"));
        List<HtcdsRow> rows = Csv.read(content, HtcdsCsvReader.Options.defaults());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).record().orElseThrow().externalId()).isEqualTo("A-1");
    }

    @Test
    void badQuotingIsAProblemOfItsLineAndLaterLinesKeepTheirNumbers() throws Exception {
        List<HtcdsRow> rows = Csv.read(HEADER
                + "A-1,2025-01-15,Ze\"va,,,,\n"
                + "A-2,2025-01-15,\"Zeva\"x,,,,\n"
                + "A-3,2025-01-15,\"Ze\"\"va, \nsecond line\",,,,\n"
                + "A-4,2025-01-15,,Male,,,\n");

        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).problems()).extracting(HtcdsProblem::toString).containsExactly(
                "line 2: prs_FirstName: bad quoting: a quote inside a value that does not start with a quote");
        assertThat(rows.get(1).problems()).extracting(HtcdsProblem::toString).containsExactly(
                "line 3: prs_FirstName: bad quoting: text after the closing quote");
        // A quoted line break is data: the next row starts two physical lines further.
        assertThat(rows.get(2).line()).isEqualTo(4);
        assertThat(rows.get(2).problems()).extracting(HtcdsProblem::toString).containsExactly(
                "line 4: prs_FirstName: value 'Ze\"va, \\nsecond line' holds a control character");
        assertThat(rows.get(3).line()).isEqualTo(6);
        assertThat(rows.get(3).problems()).extracting(HtcdsProblem::toString).containsExactly(
                "line 6: prs_Gender: unknown value 'Male', expected one of Feminine, Masculine, "
                        + "TransgenderFeminine, TransgenderMasculine, NonConforming, NonSpecifiedUnknown");
    }

    @Test
    void unclosedQuoteIsReportedWithTheLineItOpensOn() throws Exception {
        List<HtcdsRow> rows = Csv.read(HEADER + "A-1,2025-01-15,,,,,\n" + "A-2,2025-01-15,\"Zeva,,,,\nA-3,2025-01-15,,,,,\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).problems()).extracting(HtcdsProblem::toString).containsExactly(
                "line 3: prs_FirstName: bad quoting: the quote opened on line 3 is never closed",
                "line 3: prs_Gender: missing: the row has 3 values, the header 7 columns");
    }

    @Test
    void wrongNumberOfValues() throws Exception {
        assertThat(Csv.problems(HEADER + "A-1,2025-01-15,,,,,,extra\n" + "A-2,2025-01-15\n")).containsExactly(
                "line 2: (row): the row has 8 values, the header only 7 columns",
                "line 3: prs_FirstName: missing: the row has 2 values, the header 7 columns");
    }

    @Test
    void emptyLinesAreSkippedButCounted() throws Exception {
        List<HtcdsRow> rows = Csv.read("cas_ExternalId,cas_IncomingReferralDate\r\n\r\nA-1,2025-01-15\r\n\r\n"
                + "A-2,2025-02-30\r\n\r\n");
        assertThat(rows).extracting(HtcdsRow::line).containsExactly(3L, 5L);
        assertThat(rows.get(1).problems()).extracting(HtcdsProblem::toString)
                .containsExactly("line 5: cas_IncomingReferralDate: impossible date '2025-02-30'");
    }

    @Test
    void oldMacLineEndsAreLineEndsToo() throws Exception {
        List<HtcdsRow> rows = Csv.read("cas_ExternalId,cas_IncomingReferralDate\rA-1,2025-01-15\rA-2,2025-02-30\r");
        assertThat(rows).extracting(HtcdsRow::line).containsExactly(2L, 3L);
        assertThat(rows.get(1).problems()).extracting(HtcdsProblem::toString)
                .containsExactly("line 3: cas_IncomingReferralDate: impossible date '2025-02-30'");
    }

    @Test
    void lastRowWithoutLineBreak() throws Exception {
        assertThat(Csv.read("cas_ExternalId,cas_IncomingReferralDate\nA-1,2025-01-15")).hasSize(1);
    }

    @Test
    void otherExploitationNeedsOther() throws Exception {
        assertThat(Csv.problems("cas_ExternalId,cas_IncomingReferralDate,vic_TypeOfExploitation,vic_OtherExploitation\n"
                + "A-1,2025-01-15,ForcedLabour,ForcedCriminality\n" + "A-2,2025-01-15,Other,Theft\n"))
                .containsExactly(
                        "line 2: vic_OtherExploitation: 'ForcedCriminality' needs Other in vic_TypeOfExploitation",
                        "line 3: vic_OtherExploitation: unknown value 'Theft', expected one of ForcedCriminality, Other");
    }

    @Test
    void missingRequiredColumnRefusesTheHeader() {
        assertThatThrownBy(() -> Csv.read("cas_ExternalId,prs_Gender\nA-1,Feminine\n"))
                .isInstanceOfSatisfying(HtcdsHeaderException.class, e -> assertThat(e.problems())
                        .extracting(HtcdsProblem::toString)
                        .containsExactly("line 1: cas_IncomingReferralDate: required column missing"));
        assertThatThrownBy(() -> Csv.read("prs_Gender\nFeminine\n"))
                .isInstanceOfSatisfying(HtcdsHeaderException.class, e -> assertThat(e.problems())
                        .extracting(HtcdsProblem::toString).containsExactly(
                                "line 1: cas_ExternalId: required column missing",
                                "line 1: cas_IncomingReferralDate: required column missing"));
    }

    @Test
    void unknownColumnsAreRefusedUnlessIgnored() throws Exception {
        String content = "cas_ExternalId,cas_IncomingReferralDate,shoe_size,prs_MaritalStatus,prs_Gender\n"
                + "A-1,2025-01-15,44,Single,Feminine\n";

        assertThatThrownBy(() -> Csv.read(content))
                .isInstanceOfSatisfying(HtcdsHeaderException.class, e -> assertThat(e.problems())
                        .extracting(HtcdsProblem::toString).containsExactly(
                                "line 1: shoe_size: unknown column (allow it with the ignore-unknown-columns option)",
                                "line 1: prs_MaritalStatus: HTCDS column not read by Ariadne (allow it with the "
                                        + "ignore-unknown-columns option)"));

        try (HtcdsCsvReader reader = HtcdsCsvReader.open(new ByteArrayInputStream(Csv.bytes(content)),
                HtcdsCsvReader.Options.defaults().withIgnoreUnknownColumns(true))) {
            assertThat(reader.ignoredColumns()).containsExactly("shoe_size", "prs_MaritalStatus");
            HtcdsRow row = reader.next();
            assertThat(row.problems()).isEmpty();
            assertThat(row.record().orElseThrow().gender()).isEqualTo(Gender.FEMININE);
            assertThat(row.values()).containsExactly("A-1", "2025-01-15", "44", "Single", "Feminine");
            assertThat(reader.hasNext()).isFalse();
        }
    }

    @Test
    void duplicatedAndEmptyColumnNames() {
        assertThatThrownBy(() -> Csv.read("cas_ExternalId,cas_IncomingReferralDate,prs_Gender,,prs_Gender\n"))
                .isInstanceOfSatisfying(HtcdsHeaderException.class, e -> assertThat(e.problems())
                        .extracting(HtcdsProblem::toString).containsExactly(
                                "line 1: (header): empty column name (column 4)",
                                "line 1: prs_Gender: column appears twice (columns 3 and 5)"));
    }

    @Test
    void emptyFile() {
        assertThatThrownBy(() -> Csv.read(""))
                .isInstanceOfSatisfying(HtcdsHeaderException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("line 1: (header): empty file: a header row of HTCDS field names is expected"));
    }

    @Test
    void readsAMillionRowsAsAStream() throws Exception {
        int rows = 1_000_000;
        InputStream endless = new InputStream() {
            private final byte[] header = Csv.bytes("cas_ExternalId,cas_IncomingReferralDate\n");
            private byte[] current = header;
            private int position;
            private int row;

            @Override
            public int read() {
                if (position == current.length) {
                    if (row == rows) {
                        return -1;
                    }
                    row++;
                    current = ("R" + row + ",2025-01-15\n").getBytes(StandardCharsets.US_ASCII);
                    position = 0;
                }
                return current[position++];
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = 0;
                while (n < len) {
                    int c = read();
                    if (c < 0) {
                        return n == 0 ? -1 : n;
                    }
                    b[off + n++] = (byte) c;
                }
                return n;
            }
        };
        long valid = 0;
        long lastLine = 0;
        try (HtcdsCsvReader reader = HtcdsCsvReader.open(endless)) {
            while (reader.hasNext()) {
                HtcdsRow row = reader.next();
                valid += row.isValid() ? 1 : 0;
                lastLine = row.line();
            }
            assertThat(reader.rowsRead()).isEqualTo(rows);
        }
        assertThat(valid).isEqualTo(rows);
        assertThat(lastLine).isEqualTo(rows + 1L);
    }

    @Test
    void problemsInFourLanguages() throws Exception {
        HtcdsProblem problem = Csv.read(HEADER + "A-1,2025-02-30,,,,,\n").get(0).problems().get(0);
        assertThat(problem.text(Locale.ENGLISH)).isEqualTo("line 2: cas_IncomingReferralDate: impossible date '2025-02-30'");
        assertThat(problem.text(Locale.FRENCH)).isEqualTo("ligne 2 : cas_IncomingReferralDate : date impossible '2025-02-30'");
        assertThat(problem.text(new Locale("nl"))).isEqualTo("regel 2: cas_IncomingReferralDate: onmogelijke datum '2025-02-30'");
        assertThat(problem.text(Locale.GERMAN)).isEqualTo("Zeile 2: cas_IncomingReferralDate: unmögliches Datum '2025-02-30'");
        assertThat(problem.code()).isEqualTo("value.impossibleDate");
    }

    @Test
    void streamOfRowsClosesTheReader() throws Exception {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(Csv.bytes("cas_ExternalId,cas_IncomingReferralDate\nA,2025-01-01\nB,2025-01-02\n")) {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };
        try (var rows = HtcdsCsvReader.open(in).rows()) {
            assertThat(rows.map(row -> row.record().orElseThrow().externalId())).containsExactly("A", "B");
        }
        assertThat(closed[0]).isTrue();
    }
}
