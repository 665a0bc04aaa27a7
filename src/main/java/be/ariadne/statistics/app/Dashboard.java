package be.ariadne.statistics.app;

import be.ariadne.shared.dashboard.DeadlineOverview;
import be.ariadne.shared.dashboard.FunnelStep;
import be.ariadne.statistics.Dimension;
import be.ariadne.statistics.PublishedCell;
import be.ariadne.statistics.PublishedMargin;
import be.ariadne.statistics.PublishedTable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the dashboard for one year and one centre (or all), every one of them under
 * disclosure control: the tables by one dimension through {@link be.ariadne.statistics.DisclosureControl}
 * (cells and total), single figures (nationalities, funnel steps, deadline buckets) by primary
 * suppression — they are not parts of a published sum, so nothing can be subtracted to find them.
 */
@Component
public class Dashboard {
    static final int TREND_YEARS = 10;
    static final List<String> CHARTS = List.of("gender", "ageGroup", "exploitationGroup", "citizenshipGroup", "centre", "trend",
            "funnel", "deadlines");

    private final VictimStatistics statistics;
    private final FactStore store;
    private final List<FunnelStep> funnel;
    private final ObjectProvider<DeadlineOverview> deadlines;
    private final MessageSource messages;
    private final Clock clock;

    Dashboard(VictimStatistics statistics, FactStore store, List<FunnelStep> funnel, ObjectProvider<DeadlineOverview> deadlines,
              MessageSource messages, Clock clock) {
        this.statistics = statistics;
        this.store = store;
        this.funnel = funnel.stream().sorted(Comparator.comparingInt(FunnelStep::order).thenComparing(FunnelStep::key)).toList();
        this.deadlines = deadlines;
        this.messages = messages;
        this.clock = clock;
    }

    int thisYear() {
        return LocalDate.now(clock).getYear();
    }

    /** The headline figures: victims, women, men, adults, children, nationalities (null: suppressed). */
    public record Headline(Long victims, Long women, Long men, Long adults, Long children, Long sexual, Long labour, Long nationalities) {
        /** The figures in display order, by message key suffix. */
        public java.util.Map<String, Long> figures() {
            java.util.Map<String, Long> m = new LinkedHashMap<>();
            m.put("victims", victims);
            m.put("women", women);
            m.put("men", men);
            m.put("adults", adults);
            m.put("children", children);
            m.put("sexual", sexual);
            m.put("labour", labour);
            m.put("nationalities", nationalities);
            return m;
        }
    }

    /** Everything the page shows. */
    public record View(int year, String centre, Headline headline, List<Chart> charts, boolean deadlinesAvailable) {
    }

    @Transactional(readOnly = true)
    View view(int year, String centre, Locale locale) {
        Map<String, Chart> charts = charts(year, centre, locale);
        Chart gender = charts.get("gender");
        Chart age = charts.get("ageGroup");
        Chart forms = charts.get("exploitationGroup");
        FactStore.Selection sel = selection(year, centre);
        long nationalities = store.nationalities(sel);
        Headline h = new Headline(gender.total(), count(gender, "FEMININE"), count(gender, "MASCULINE"), count(age, "ADULT"),
                count(age, "CHILD"), count(forms, "SEXUAL"), count(forms, "LABOUR"), statistics.primary(nationalities));
        return new View(year, centre, h, List.copyOf(charts.values()), deadlines.getIfAvailable() != null);
    }

    private static Long count(Chart chart, String code) {
        for (Chart.Row r : chart.rows()) if (r.code().equals(code)) return r.count();
        return 0L;
    }

    static FactStore.Selection selection(int year, String centre) {
        return new FactStore.Selection(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), centre);
    }

    /** Every chart of the page, by id, in display order. */
    Map<String, Chart> charts(int year, String centre, Locale locale) {
        Map<String, Chart> out = new LinkedHashMap<>();
        VictimStatistics.Query q;
        for (Dimension d : List.of(Dimension.GENDER, Dimension.AGE_GROUP, Dimension.EXPLOITATION_GROUP, Dimension.CITIZENSHIP_GROUP)) {
            q = new VictimStatistics.Query(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), List.of(d));
            out.put(d.wireName(), chart(d.wireName(), "statistics.chart." + d.wireName(), d, statistics.count(q, centre), locale));
        }
        if (centre == null) {
            q = new VictimStatistics.Query(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), List.of(Dimension.CENTRE));
            out.put("centre", chart("centre", "statistics.chart.centre", Dimension.CENTRE, statistics.count(q, null), locale));
        }
        q = new VictimStatistics.Query(LocalDate.of(year - TREND_YEARS + 1, 1, 1), LocalDate.of(year, 12, 31), List.of(Dimension.YEAR));
        out.put("trend", trend(year, statistics.count(q, centre)));
        out.put("funnel", funnel(year, centre, locale));
        out.put("deadlines", deadlines(centre, locale));
        return out;
    }

    private Chart chart(String id, String titleKey, Dimension d, PublishedTable t, Locale locale) {
        List<Chart.Row> rows = new ArrayList<>();
        Map<String, PublishedMargin> byValue = new LinkedHashMap<>();
        for (PublishedMargin m : t.margins(d)) byValue.put(m.value(), m);
        List<String> values = d.fixedValues().isEmpty() ? List.copyOf(byValue.keySet()) : d.fixedValues();
        for (String v : values) {
            PublishedMargin m = byValue.get(v);
            String label = d.fixedValues().isEmpty() ? v : message("statistics.value." + d.wireName() + "." + v, v, locale);
            rows.add(new Chart.Row(v, label, m == null ? Long.valueOf(0) : m.count().count()));
        }
        return new Chart(id, titleKey, rows, t.total().count(), t.total().isSuppressed());
    }

    /** Victims per registration year, for the ten years up to the chosen one (years without a case show 0). */
    private Chart trend(int year, PublishedTable t) {
        Map<String, Long> byYear = new LinkedHashMap<>();
        boolean[] suppressed = new boolean[1];
        for (PublishedCell c : t.cells()) byYear.put(c.values().get(0), c.count().count());
        List<Chart.Row> rows = new ArrayList<>();
        for (int y = year - TREND_YEARS + 1; y <= year; y++) {
            String key = Integer.toString(y);
            rows.add(new Chart.Row(key, key, byYear.containsKey(key) ? byYear.get(key) : Long.valueOf(0)));
        }
        suppressed[0] = t.total().isSuppressed();
        return new Chart("trend", "statistics.chart.trend", rows, t.total().count(), suppressed[0]);
    }

    private Chart funnel(int year, String centre, Locale locale) {
        List<Chart.Row> rows = new ArrayList<>();
        for (FunnelStep step : funnel) {
            long n = step.count(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), centre);
            rows.add(new Chart.Row(step.key(), message("dashboard.funnel." + step.key(), step.key(), locale), statistics.primary(n)));
        }
        return new Chart("funnel", "statistics.chart.funnel", rows, null, false);
    }

    private Chart deadlines(String centre, Locale locale) {
        DeadlineOverview overview = deadlines.getIfAvailable();
        List<Chart.Row> rows = new ArrayList<>();
        if (overview != null) {
            for (DeadlineOverview.Bucket b : overview.buckets(LocalDate.now(clock), centre)) {
                String label = message("dashboard.deadline." + b.kind(), b.kind(), locale) + " – "
                        + message("statistics.deadline.window." + b.window().name(), b.window().name(), locale);
                rows.add(new Chart.Row(b.kind() + "/" + b.window().name(), label, statistics.primary(b.count())));
            }
        }
        return new Chart("deadlines", "statistics.chart.deadlines", rows, null, false);
    }

    private String message(String key, String otherwise, Locale locale) {
        return messages.getMessage(key, null, otherwise, locale);
    }

    List<Integer> years(String centre) {
        List<Integer> years = new ArrayList<>(store.years(centre));
        if (!years.contains(thisYear())) years.add(thisYear());
        years.sort(Comparator.reverseOrder());
        return years;
    }

    List<String> centres() {
        return store.centres();
    }
}
