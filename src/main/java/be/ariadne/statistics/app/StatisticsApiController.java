package be.ariadne.statistics.app;

import be.ariadne.shared.Actor;
import be.ariadne.statistics.Dimension;
import be.ariadne.statistics.PublishedCell;
import be.ariadne.statistics.PublishedCount;
import be.ariadne.statistics.PublishedMargin;
import be.ariadne.statistics.PublishedTable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/statistics/victims} exactly as {@code contracts/statistics.md}, and the Eurostat table as CSV. */
@RestController
class StatisticsApiController {
    private final VictimStatistics statistics;
    private final EurostatTable eurostat;

    StatisticsApiController(VictimStatistics statistics, EurostatTable eurostat) {
        this.statistics = statistics;
        this.eurostat = eurostat;
    }

    @GetMapping(value = "/api/v1/statistics/victims", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> victims(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to, @RequestParam(required = false) String by) {
        String centre = VictimStatistics.scope(actor);
        VictimStatistics.Query q = VictimStatistics.parse(from, to, by);
        return json(q, statistics.count(q, centre));
    }

    @GetMapping(value = "/api/v1/statistics/eurostat.csv")
    ResponseEntity<byte[]> eurostat(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to) {
        String centre = VictimStatistics.scope(actor);
        EurostatTable.Years years = eurostat.years(from, to);
        return csv("ariadne-eurostat-thb-" + years.from() + "-" + years.to() + ".csv", eurostat.csv(years, centre));
    }

    static ResponseEntity<byte[]> csv(String filename, String body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    /** The answer with the contract's field names and order. */
    static Map<String, Object> json(VictimStatistics.Query q, PublishedTable t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", q.from().toString());
        out.put("to", q.to().toString());
        out.put("by", q.by().stream().map(Dimension::wireName).toList());
        out.put("k", t.k());
        out.put("total", t.total().count());
        if (t.total().isSuppressed()) out.put("totalSuppressed", true);
        List<Map<String, Object>> cells = new ArrayList<>();
        for (PublishedCell cell : t.cells()) {
            Map<String, Object> c = new LinkedHashMap<>();
            for (int d = 0; d < q.by().size(); d++) c.put(q.by().get(d).wireName(), cell.values().get(d));
            count(c, cell.count());
            cells.add(c);
        }
        out.put("cells", cells);
        Map<String, Object> margins = new LinkedHashMap<>();
        for (Dimension d : q.by()) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (PublishedMargin m : t.margins(d)) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put(d.wireName(), m.value());
                count(c, m.count());
                list.add(c);
            }
            margins.put(d.wireName(), list);
        }
        out.put("margins", margins);
        return out;
    }

    private static void count(Map<String, Object> c, PublishedCount count) {
        c.put("count", count.count());
        if (count.isSuppressed()) c.put("suppressed", true);
    }
}
