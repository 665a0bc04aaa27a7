package be.ariadne.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Helpers for the report tests: a valid form, the receipt code on a page, counting what is stored. */
final class Reports {
    private static final Pattern RECEIPT = Pattern.compile("id=\"receipt-code\">([A-Z0-9-]{19})<");

    private Reports() {
    }

    static Map<String, Object> validForm(String whatSeen) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("danger", "no");
        f.put("whatSeen", whatSeen);
        f.put("postalCode", "9400");
        f.put("seenOn", "2025-11-03");
        f.put("aboutWhom", "Three young men, they speak little French.");
        f.put("signs", List.of("ONSITE_ACCOMMODATION", "NO_PAY"));
        f.put("contactMe", "no");
        f.put("website", "");
        return f;
    }

    /** Opens the form (a session and a form token) and sends it. */
    static HttpResponse<String> send(PublicClient visitor, Map<String, Object> form) {
        HttpResponse<String> page = visitor.get("/report/details?danger=no");
        assertThat(page.statusCode()).isEqualTo(200);
        return visitor.post("/report/details", form);
    }

    static String receipt(HttpResponse<String> page) {
        Matcher m = RECEIPT.matcher(page.body());
        assertThat(m.find()).as("a receipt code on the page: " + page.body()).isTrue();
        return m.group(1);
    }

    static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
