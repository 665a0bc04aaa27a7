package be.ariadne.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.CliRunner;
import be.ariadne.testsupport.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code import-htcds} and {@code export-htcds} as the contract says: outputs, exit codes, all or nothing, rejected rows. */
@IntegrationTest
class ExchangeCommandsTest {
    @Autowired Environment env;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    @Test
    void importAndExportFromTheCommandLine() throws Exception {
        CliRunner.Result usage = CliRunner.run(env, "import-htcds", "--skip-invalid", "--colour=red");
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.err()).contains("FILE.csv is missing").contains("--centre is missing").contains("unknown option '--colour=red'")
                .contains("usage: import-htcds FILE.csv --centre CODE");

        Path file = dir.resolve("cli.csv");
        Files.writeString(file, "cas_ExternalId,cas_IncomingReferralDate,prs_Gender,prs_Citizenship,vic_TypeOfExploitation\r\n"
                + "CLI-1,2022-06-01,Masculine,AL,ForcedLabour\r\n"
                + "CLI-2,2022-06-31,Feminine,AL,SexualExploitation\r\n", StandardCharsets.UTF_8);
        CliRunner.Result refused = CliRunner.run(env, "import-htcds", file.toString(), "--centre", "SURYA");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.out()).contains("imported 0, updated 0, rejected 1");
        assertThat(refused.err()).contains("line 3: cas_IncomingReferralDate: impossible date '2022-06-31'");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_file WHERE external_id LIKE 'CLI-%'").query(Long.class).single()).isZero();

        CliRunner.Result partial = CliRunner.run(env, "import-htcds", file.toString(), "--centre=SURYA", "--skip-invalid");
        assertThat(partial.exit()).isZero();
        assertThat(partial.out()).contains("imported 1, updated 0, rejected 1");
        String rejected = Files.readString(dir.resolve("cli.rejected.csv"), StandardCharsets.UTF_8);
        assertThat(rejected).startsWith("line,problems,cas_ExternalId,").contains("CLI-2").contains("impossible date '2022-06-31'");
        assertThat(rejected).doesNotContain("CLI-1");

        Path out = dir.resolve("export.csv");
        CliRunner.Result export = CliRunner.run(env, "export-htcds", out.toString(), "--centre", "SURYA");
        assertThat(export.exit()).isZero();
        assertThat(export.out()).startsWith("exported ");
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("CLI-1,2022-06-01").doesNotContain("CLI-2");
    }
}
