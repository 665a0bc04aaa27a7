package be.ariadne.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.shared.SystemActor;
import be.ariadne.testsupport.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Import and export of HTCDS CSV through the case file (contract htcds-exchange), on the test database. */
@IntegrationTest
class HtcdsImportTest {
    static final String HEADER = "cas_ExternalId,cas_IncomingReferralDate,prs_Gender,prs_Birthdate,prs_Citizenship,vic_TypeOfExploitation,prs_FirstName";

    @Autowired HtcdsImport importer;
    @Autowired HtcdsExport exporter;
    @Autowired JdbcClient jdbc;

    private HtcdsImport.Result run(byte[] csv, String centre, boolean skipInvalid, boolean dryRun, List<HtcdsProblem> seen) {
        return new SystemActor("test").call(() -> importer.run(new ByteArrayInputStream(csv),
                new HtcdsImport.Request(centre, skipInvalid, false, dryRun, "test"), seen::add, ByteArrayOutputStream::new));
    }

    private HtcdsImport.Result run(String csv, String centre) {
        return run(csv.getBytes(StandardCharsets.UTF_8), centre, false, false, new ArrayList<>());
    }

    private long cases(String centre) {
        return jdbc.sql("SELECT COUNT(*) FROM case_file c JOIN organisation o ON o.id = c.holding_org_id WHERE o.code = ?")
                .param(centre).query(Long.class).single();
    }

    private Map<String, HtcdsRecord> export(String centre) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> skipped = new ArrayList<>();
        new SystemActor("test").call(() -> exporter.export(centre, out, skipped::add));
        assertThat(skipped).isEmpty();
        Map<String, HtcdsRecord> byId = new LinkedHashMap<>();
        for (HtcdsRow row : Csv.read(out.toByteArray(), HtcdsCsvReader.Options.defaults())) {
            assertThat(row.problems()).isEmpty();
            HtcdsRecord r = row.record().orElseThrow();
            byId.put(r.externalId(), r);
        }
        return byId;
    }

    /** What the case file makes of a record: documented defaults for values it always has. */
    static HtcdsRecord normalised(HtcdsRecord r) {
        HtcdsRecord.Builder b = r.toBuilder();
        if (r.gender() == null) b.gender(Gender.UNKNOWN);
        if (r.traffickingStatus() == null) b.traffickingStatus(TraffickingStatus.POSSIBLE_VICTIM);
        if (r.caseStatus() == null) b.caseStatus(CaseStatus.ACTIVE);
        if (r.primaryLanguage() == null && r.secondaryLanguage() != null) b.primaryLanguage(r.secondaryLanguage()).secondaryLanguage(null);
        return b.build();
    }

    @Test
    void generatedCasesGoThroughImportAndExportUnchanged() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        new SyntheticCaseGenerator(7).writeCsv(400, file);
        long before = cases("SURYA");
        HtcdsImport.Result result = run(file.toByteArray(), "SURYA", false, false, new ArrayList<>());
        assertThat(result.problems()).isEmpty();
        assertThat(result.summary()).isEqualTo("imported 400, updated 0, rejected 0");
        assertThat(cases("SURYA")).isEqualTo(before + 400);

        Map<String, HtcdsRecord> exported = export("SURYA");
        List<HtcdsRecord> generated = Csv.read(file.toByteArray(), HtcdsCsvReader.Options.defaults()).stream()
                .map(row -> row.record().orElseThrow()).toList();
        for (HtcdsRecord g : generated) {
            assertThat(exported.get(g.externalId())).as(g.externalId()).isEqualTo(normalised(g));
        }
        // identities are encrypted: no plaintext name in the table
        HtcdsRecord named = generated.stream().filter(g -> g.secondName() != null).findFirst().orElseThrow();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_identity WHERE CAST(last_name AS VARCHAR(1000)) LIKE ?")
                .param("%" + named.secondName() + "%").query(Long.class).single()).isZero();
    }

    @Test
    void reImportingUpdatesInsteadOfDuplicatingAndKeepsTheHistory() throws Exception {
        String csv = HEADER + "\r\nRE-1,2024-03-01,Feminine,1990-04-02,NG,SexualExploitation,Ada\r\n"
                + "RE-2,2024-03-02,Masculine,1985,RO,ForcedLabour,Bo\r\n";
        assertThat(run(csv, "JUNA").summary()).isEqualTo("imported 2, updated 0, rejected 0");
        long count = cases("JUNA");
        long changes = jdbc.sql("SELECT COUNT(*) FROM case_change").query(Long.class).single();
        assertThat(run(csv, "JUNA").summary()).isEqualTo("imported 0, updated 2, rejected 0");
        assertThat(cases("JUNA")).isEqualTo(count);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_change").query(Long.class).single()).as("nothing changed, no history").isEqualTo(changes);

        String changed = HEADER + "\r\nRE-1,2024-03-01,NonConforming,1990-04-02,NG;BE,SexualExploitation,Adah\r\n";
        assertThat(run(changed, "JUNA").summary()).isEqualTo("imported 0, updated 1, rejected 0");
        assertThat(cases("JUNA")).isEqualTo(count);
        Map<String, HtcdsRecord> exported = export("JUNA");
        assertThat(exported.get("RE-1").gender()).isEqualTo(Gender.NON_CONFORMING);
        assertThat(exported.get("RE-1").citizenships()).containsExactly("NG", "BE");
        assertThat(exported.get("RE-1").firstName()).isEqualTo("Adah");
        assertThat(exported.get("RE-2").birthDate().isYearOnly()).isTrue();
        assertThat(jdbc.sql("SELECT field FROM case_change h JOIN case_file c ON c.id = h.case_id WHERE c.external_id = 'RE-1' "
                + "AND h.operation = 'UPDATE' ORDER BY h.id").query(String.class).list()).containsExactly("gender", "citizenships", "firstName");
        // the same external id at another centre is another case
        assertThat(run(csv, "ESPERANTO").summary()).isEqualTo("imported 2, updated 0, rejected 0");
    }

    @Test
    void oneBadRowImportsNothingAndEveryBadRowIsNamed() {
        String csv = HEADER + "\r\nAON-1,2024-03-01,Feminine,1990-04-02,NG,SexualExploitation,Ada\r\n"
                + "AON-2,2024-03-02,Female,1985,RO,ForcedLabour,Bo\r\n"
                + "AON-3,2024-03-03,Masculine,2024-05-01,RO,ForcedLabour,Cy\r\n"
                + "AON-4,2024-03-04,Masculine,1980,RO,ForcedLabour,Di\r\n";
        long before = cases("MINOR_NDAKO");
        List<HtcdsProblem> seen = new ArrayList<>();
        HtcdsImport.Result result = run(csv.getBytes(StandardCharsets.UTF_8), "MINOR_NDAKO", false, false, seen);
        assertThat(result.failed()).isTrue();
        assertThat(result.summary()).isEqualTo("imported 0, updated 0, rejected 2");
        assertThat(cases("MINOR_NDAKO")).isEqualTo(before);
        assertThat(seen).extracting(HtcdsProblem::toString).anySatisfy(p -> assertThat(p).startsWith("line 3: prs_Gender: ").contains("'Female'"))
                .anySatisfy(p -> assertThat(p).startsWith("line 4: prs_Birthdate: ").contains("2024-05-01"));

        List<HtcdsProblem> skipped = new ArrayList<>();
        HtcdsImport.Result partial = run(csv.getBytes(StandardCharsets.UTF_8), "MINOR_NDAKO", true, false, skipped);
        assertThat(partial.summary()).isEqualTo("imported 2, updated 0, rejected 2");
        assertThat(cases("MINOR_NDAKO")).isEqualTo(before + 2);
    }

    @Test
    void aStagedImportChecksEverythingFirstThenCommitsChunkByChunk() {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (int i = 1; i <= 4500; i++) csv.append("STG-").append(i).append(",2024-03-01,Feminine,1990-04-02,NG,SexualExploitation,Ada\r\n");
        String bad = csv + "STG-BAD,2024-03-01,Female,1990-04-02,NG,SexualExploitation,Ada\r\n";
        long before = cases("ESPERANTO");
        List<HtcdsProblem> seen = new ArrayList<>();
        HtcdsImport.Result refused = staged(bad, false, seen);
        assertThat(refused.summary()).isEqualTo("imported 0, updated 0, rejected 1");
        assertThat(refused.failed()).isTrue();
        assertThat(seen).singleElement().extracting(HtcdsProblem::toString).asString().startsWith("line 4502: prs_Gender: unknown value 'Female'");
        assertThat(cases("ESPERANTO")).as("nothing written: the bad row is the last one, after two chunks").isEqualTo(before);

        HtcdsImport.Result skipped = staged(bad, true, new ArrayList<>());
        assertThat(skipped.summary()).isEqualTo("imported 4500, updated 0, rejected 1");
        assertThat(cases("ESPERANTO")).isEqualTo(before + 4500);
        assertThat(staged(csv.toString(), false, new ArrayList<>()).summary()).isEqualTo("imported 0, updated 4500, rejected 0");
    }

    private HtcdsImport.Result staged(String csv, boolean skipInvalid, List<HtcdsProblem> seen) {
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        return new SystemActor("test").call(() -> importer.runStaged(() -> new ByteArrayInputStream(bytes),
                new HtcdsImport.Request("ESPERANTO", skipInvalid, false, false, "test"), seen::add, ByteArrayOutputStream::new, true));
    }

    @Test
    void aPreviewChangesNothing() {
        String csv = HEADER + "\r\nPRE-1,2024-03-01,Feminine,1990-04-02,NG,SexualExploitation,Ada\r\n";
        long before = cases("PAYOKE");
        HtcdsImport.Result preview = run(csv.getBytes(StandardCharsets.UTF_8), "PAYOKE", false, true, new ArrayList<>());
        assertThat(preview.summary()).isEqualTo("imported 1, updated 0, rejected 0");
        assertThat(preview.committed()).isFalse();
        assertThat(preview.firstRecords()).hasSize(1);
        assertThat(cases("PAYOKE")).isEqualTo(before);
    }

    @Test
    void everyKindOfMalformedCsvIsReportedWithLineColumnAndValue() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write((HEADER + "\r\n").getBytes(StandardCharsets.UTF_8));
        bytes.write("BAD-1,2024-03-01,Feminine,1990-04-02,NG,SexualExploitation,A\"da\r\n".getBytes(StandardCharsets.UTF_8)); // bad quoting
        bytes.write("BAD-2,2024-03-01,Feminine,1990-04-02,NG,SexualExploitation,".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {'R', (byte) 0xE9, 'a', '\r', '\n'}); // Latin-1, not UTF-8
        bytes.write("BAD-3,2024-03-01,Feminine,1990-04-02,NG,SexualExploitaton,Ada\r\n".getBytes(StandardCharsets.UTF_8)); // unknown value
        bytes.write("BAD-4,2023-02-30,Feminine,1990-04-02,NG,SexualExploitation,Ada\r\n".getBytes(StandardCharsets.UTF_8)); // impossible date
        bytes.write("BAD-5,2020-03-01,Feminine,2021-04-02,NG,SexualExploitation,Ada\r\n".getBytes(StandardCharsets.UTF_8)); // birth after registration
        bytes.write("BAD-6,2020-03-01,Feminine,1990-04-02,NG,SexualExploitation,Ada\r\n".getBytes(StandardCharsets.UTF_8)); // good
        List<HtcdsProblem> seen = new ArrayList<>();
        HtcdsImport.Result result = run(bytes.toByteArray(), "PAYOKE", false, false, seen);
        assertThat(result.rejected()).isEqualTo(5);
        assertThat(result.imported()).isZero();
        List<String> lines = seen.stream().map(HtcdsProblem::toString).toList();
        assertThat(lines).anySatisfy(p -> assertThat(p).startsWith("line 2: prs_FirstName: bad quoting"));
        assertThat(lines).anySatisfy(p -> assertThat(p).startsWith("line 3: prs_FirstName: malformed UTF-8"));
        assertThat(lines).anySatisfy(p -> assertThat(p).startsWith("line 4: vic_TypeOfExploitation: ").contains("'SexualExploitaton'"));
        assertThat(lines).anySatisfy(p -> assertThat(p).startsWith("line 5: cas_IncomingReferralDate: impossible date '2023-02-30'"));
        assertThat(lines).anySatisfy(p -> assertThat(p).startsWith("line 6: ").contains("2021-04-02").contains("2020-03-01"));
        assertThat(lines).noneSatisfy(p -> assertThat(p).startsWith("line 7"));
    }
}
