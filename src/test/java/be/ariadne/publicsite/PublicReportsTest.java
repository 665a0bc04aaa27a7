package be.ariadne.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ariadne.shared.InvalidInputException;
import be.ariadne.shared.NotFoundException;
import be.ariadne.testsupport.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The API the referral module uses: the event after storing, reading a report, recording its routing. */
@IntegrationTest
@RecordApplicationEvents
class PublicReportsTest {
    @Autowired ConcernReports reports;
    @Autowired PublicReports publicReports;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    static Concern concern(String postalCode, String municipality, boolean urgent) {
        return new Concern(urgent, postalCode, municipality, null, LocalDate.of(2025, 10, 1), true, "Seen at the market stalls.",
                null, List.of("DOCUMENTS_CONFISCATED", "FEAR_OF_TALKING"), null, true, null);
    }

    @Test
    void aStoredReportIsAnnouncedWithWhatRoutingNeeds() {
        ConcernReports.Receipt r = reports.submit(concern("4000", null, true), "AAAA-BBBB-CCCC-" + suffix(), "fr");
        assertThat(r.alreadyReceived()).isFalse();
        List<ConcernReported> announced = events.stream(ConcernReported.class).toList();
        assertThat(announced).singleElement().satisfies(e -> {
            assertThat(e.reportId()).isEqualTo(r.reportId());
            assertThat(e.postalCode()).isEqualTo("4000");
            assertThat(e.municipality()).isNull();
            assertThat(e.urgent()).isTrue();
            assertThat(e.signs()).containsExactly("DOCUMENTS_CONFISCATED", "FEAR_OF_TALKING");
            assertThat(e.receivedAt()).isEqualTo(publicReports.find(r.reportId()).orElseThrow().receivedAt());
        });
    }

    @Test
    void theSameReceiptMakesOneReportAndOneAnnouncement() {
        String code = "DDDD-EEEE-FFFF-" + suffix();
        ConcernReports.Receipt first = reports.submit(concern(null, "Ninove", false), code, "nl");
        ConcernReports.Receipt again = reports.submit(concern(null, "Ninove", false), code, "nl");
        assertThat(again).isEqualTo(new ConcernReports.Receipt(first.reportId(), true));
        assertThat(events.stream(ConcernReported.class)).hasSize(1);
    }

    @Test
    void readingAReportIsAuditedAndAnUnknownOneIsEmpty() {
        long id = reports.submit(concern("1000", null, false), "GGGG-HHHH-JJJJ-" + suffix(), "en").reportId();
        long before = audits("CONCERN_REPORT_READ", id);
        PublicReport report = publicReports.find(id).orElseThrow();
        assertThat(report.fromSelfCheck()).isTrue();
        assertThat(report.ongoing()).isTrue();
        assertThat(audits("CONCERN_REPORT_READ", id)).isEqualTo(before + 1);
        assertThat(publicReports.find(999_999_999L)).isEmpty();
    }

    @Test
    void routingIsRecordedForASpecialisedCentreOnly() {
        long id = reports.submit(concern("2000", null, false), "KKKK-MMMM-NNNN-" + suffix(), "nl").reportId();
        assertThat(publicReports.unrouted(10_000)).contains(id);

        assertThatThrownBy(() -> publicReports.markRouted(id, "POLICE_DEMO")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("centreCode");
        assertThatThrownBy(() -> publicReports.markRouted(id, "NO_SUCH_CENTRE")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> publicReports.markRouted(999_999_999L, "PAYOKE")).isInstanceOf(NotFoundException.class);

        publicReports.markRouted(id, "PAYOKE");
        publicReports.markRouted(id, "PAYOKE");
        PublicReport routed = publicReports.find(id).orElseThrow();
        assertThat(routed.routedCentre()).isEqualTo("PAYOKE");
        assertThat(routed.routedAt()).isNotNull();
        assertThat(publicReports.unrouted(10_000)).doesNotContain(id);
        assertThat(audits("CONCERN_REPORT_ROUTED", id)).isEqualTo(1);

        publicReports.markRouted(id, "PAG_ASA");
        assertThat(publicReports.find(id).orElseThrow().routedCentre()).isEqualTo("PAG_ASA");
        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE action = 'CONCERN_REPORT_ROUTED' AND object_id = ? ORDER BY seq DESC")
                .param(Long.toString(id)).query(String.class).list().get(0)).isEqualTo("PAYOKE -> PAG_ASA");
    }

    private long audits(String action, long id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND object_id = ?").params(action, Long.toString(id))
                .query(Long.class).single();
    }

    /** A last group of four that makes the code unique in this run. */
    private static String suffix() {
        String alphabet = ReceiptCode.ALPHABET;
        long n = System.nanoTime();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            sb.append(alphabet.charAt((int) (n % alphabet.length())));
            n /= alphabet.length();
        }
        return sb.toString();
    }
}
