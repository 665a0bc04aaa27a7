package be.ariadne.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A file is what its first bytes say, not what its name or declared type claim. */
class DocumentSniffingTest {
    @Test
    void recognisesPdfPngAndJpegByTheirSignature() {
        assertThat(CaseDocuments.sniff(CaseFixtures.PDF)).isEqualTo("application/pdf");
        assertThat(CaseDocuments.sniff(CaseFixtures.PNG)).isEqualTo("image/png");
        assertThat(CaseDocuments.sniff(CaseFixtures.JPEG)).isEqualTo("image/jpeg");
    }

    @ParameterizedTest
    @CsvSource({"GIF89a", "<html>", "%PD", "PK\u0003\u0004", "MZ"})
    void anythingElseIsNone(String start) {
        assertThat(CaseDocuments.sniff(start.getBytes(StandardCharsets.ISO_8859_1))).isNull();
        assertThat(CaseDocuments.sniff(new byte[0])).isNull();
    }

    @Test
    void fileNamesLoseTheirPathAndControlCharacters() {
        assertThat(CaseDocuments.cleanName("C:\\Users\\x\\scan.pdf")).isEqualTo("scan.pdf");
        assertThat(CaseDocuments.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(CaseDocuments.cleanName("a\"b\u0007.pdf")).isEqualTo("ab.pdf");
        assertThat(CaseDocuments.cleanName(null)).isEqualTo("document");
    }
}
