package be.ariadne.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class HtcdsRejectedRowsWriterTest {

    @Test
    void rejectedRowsKeepTheirValuesAndGainTheirProblems() throws Exception {
        String content = "cas_ExternalId,cas_IncomingReferralDate,prs_Gender,prs_FirstName\n"
                + "A-1,2025-01-15,Feminine,Zev\n"
                + "A-2,2025-02-30,Male,\"Zev, junior\"\n";
        ByteArrayOutputStream rejected = new ByteArrayOutputStream();
        try (HtcdsCsvReader reader = HtcdsCsvReader.open(new ByteArrayInputStream(Csv.bytes(content)));
                HtcdsRejectedRowsWriter writer = HtcdsRejectedRowsWriter.open(rejected, reader.columns())) {
            while (reader.hasNext()) {
                HtcdsRow row = reader.next();
                if (!row.isValid()) {
                    writer.write(row);
                }
            }
        }

        String problems = "line 3: cas_IncomingReferralDate: impossible date '2025-02-30' | line 3: prs_Gender: "
                + "unknown value 'Male', expected one of Feminine, Masculine, TransgenderFeminine, TransgenderMasculine, "
                + "NonConforming, NonSpecifiedUnknown";
        assertThat(rejected.toString(StandardCharsets.UTF_8)).isEqualTo(
                "line,problems,cas_ExternalId,cas_IncomingReferralDate,prs_Gender,prs_FirstName\r\n"
                + "3,\"" + problems + "\",A-2,2025-02-30,Male,\"Zev, junior\"\r\n");

        // Read again, the two added columns skipped: the same values, the same problems.
        List<HtcdsRow> again = Csv.read(rejected.toByteArray(),
                HtcdsCsvReader.Options.defaults().withIgnoreUnknownColumns(true));
        assertThat(again).hasSize(1);
        assertThat(again.get(0).values()).containsExactly("3", problems, "A-2", "2025-02-30", "Male", "Zev, junior");
        assertThat(again.get(0).problems()).extracting(HtcdsProblem::column)
                .containsExactly("cas_IncomingReferralDate", "prs_Gender");
    }
}
