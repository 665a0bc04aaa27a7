package be.ariadne.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ReportSmokeTest {
    @LocalServerPort int port;

    @Test
    void smoke() {
        PublicClient c = new PublicClient(port);
        for (String p : List.of("/", "/info", "/info/what-is-trafficking", "/info/warning-signs", "/info/who-does-what", "/privacy",
                "/report", "/training")) {
            HttpResponse<String> r = c.get(p);
            assertThat(r.statusCode()).as(p + " " + r.body()).isEqualTo(200);
        }
        HttpResponse<String> form = c.get("/report/details?danger=no");
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("danger", "no");
        f.put("whatSeen", "Workers sleep in the warehouse.");
        f.put("postalCode", "1000");
        f.put("seenOn", "2025-01-10");
        f.put("contactMe", "no");
        f.put("signs", List.of("ONSITE_ACCOMMODATION", "NO_PAY"));
        HttpResponse<String> r = c.post("/report/details", f);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("receipt-code");
    }
}
