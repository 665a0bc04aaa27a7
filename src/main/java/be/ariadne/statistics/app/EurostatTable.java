package be.ariadne.statistics.app;

import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.InvalidInputException;
import be.ariadne.statistics.CountTable;
import be.ariadne.statistics.Dimension;
import be.ariadne.statistics.PublishedCell;
import be.ariadne.statistics.PublishedCount;
import be.ariadne.statistics.PublishedMargin;
import be.ariadne.statistics.PublishedTable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly registered-victims table in the layout of Eurostat's data collection on trafficking
 * in human beings: for each year, victims by sex and age group, by sex and citizenship, by sex and
 * form of exploitation, each with its totals, as one CSV in Eurostat's long format (one
 * observation per line, codes in Eurostat's style, {@code OBS_FLAG} {@code c} = confidential).
 * Each (year, breakdown) table is published under the same disclosure control as the API; the
 * three tables of a year share only their sex margins and total, which each publishes identically,
 * so putting them side by side reveals nothing more. Layout in {@code docs/statistics.md}.
 */
@Component
class EurostatTable {
    static final String HEADER = "DATASET,freq,unit,geo,TIME_PERIOD,sex,age,citizen,expl,OBS_VALUE,OBS_FLAG";
    /** Eurostat collects sex as F, M or unknown: the other genders are counted as unknown there. */
    static final String SEX_EXPRESSION = "CASE WHEN gender IN ('FEMININE', 'MASCULINE') THEN gender ELSE 'UNKNOWN' END";
    static final int MAX_YEARS = 50;

    /** One of the three tables: its dataset code, its breakdown and the codes of the breakdown's values. */
    enum Breakdown {
        AGE("crim_thb_vage", Dimension.AGE_GROUP, Map.of("CHILD", "Y_LT18", "ADULT", "Y_GE18", "UNKNOWN", "UNK")),
        CITIZENSHIP("crim_thb_vctz", Dimension.CITIZENSHIP_GROUP,
                Map.of("BE", "NAT", "OTHER_EU", "EU27_2020_FOR", "NON_EU", "NEU27_2020_FOR", "UNKNOWN", "UNK")),
        EXPLOITATION("crim_thb_vexp", Dimension.EXPLOITATION_GROUP,
                Map.of("SEXUAL", "SEX_EXP", "LABOUR", "LAB_EXP", "OTHER", "OTH_EXP", "MULTIPLE", "MULT_EXP", "UNKNOWN", "UNK"));

        final String dataset;
        final Dimension dimension;
        final Map<String, String> codes;

        Breakdown(String dataset, Dimension dimension, Map<String, String> codes) {
            this.dataset = dataset;
            this.dimension = dimension;
            this.codes = codes;
        }
    }

    static final Map<String, String> SEX = Map.of("FEMININE", "F", "MASCULINE", "M", "UNKNOWN", "UNK");
    static final List<String> SEXES = List.of("FEMININE", "MASCULINE", "UNKNOWN");

    record Years(int from, int to) {
    }

    private final VictimStatistics statistics;
    private final Clock clock;

    EurostatTable(VictimStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    /** Parses {@code from} and {@code to} as years; by default the last five years up to this one. */
    Years years(String from, String to) {
        return years(from, to, LocalDate.now(clock).getYear());
    }

    static Years years(String from, String to, int thisYear) {
        List<FieldProblem> problems = new ArrayList<>();
        Integer t = year("to", to, thisYear, problems);
        Integer f = year("from", from, t == null ? thisYear - 4 : t - 4, problems);
        if (f != null && t != null) {
            if (t < f) problems.add(new FieldProblem("to", "the year range is inverted: to " + t + " is before from " + f));
            else if (t - f >= MAX_YEARS) problems.add(new FieldProblem("from", "at most " + MAX_YEARS + " years at once"));
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return new Years(f, t);
    }

    private static Integer year(String name, String value, int otherwise, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) return otherwise;
        String v = value.strip();
        if (!v.matches("[0-9]{4}")) {
            problems.add(new FieldProblem(name, "must be a year of four digits, not '" + value + "'"));
            return null;
        }
        return Integer.parseInt(v);
    }

    /** One observation of the CSV. */
    record Observation(String dataset, int year, String sex, String age, String citizen, String expl, Long value) {
        String line() {
            return dataset + ",A,NR,BE," + year + "," + sex + "," + age + "," + citizen + "," + expl + ","
                    + (value == null ? "" : value.toString()) + "," + (value == null ? "c" : "");
        }
    }

    @Transactional(readOnly = true)
    String csv(Years years, String centre) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (Observation o : observations(years, centre)) out.append(o.line()).append("\r\n");
        return out.toString();
    }

    /** Every observation, by dataset, then year, then sex (F, M, UNK, total), then value. */
    List<Observation> observations(Years years, String centre) {
        FactStore.Selection selection = new FactStore.Selection(LocalDate.of(years.from(), 1, 1), LocalDate.of(years.to(), 12, 31), centre);
        List<Observation> out = new ArrayList<>();
        for (Breakdown b : Breakdown.values()) {
            CountTable all = statistics.table(List.of(Dimension.YEAR, Dimension.GENDER, b.dimension), selection,
                    Map.of(Dimension.GENDER, SEX_EXPRESSION));
            for (int year = years.from(); year <= years.to(); year++) {
                Map<List<String>, Long> counts = new HashMap<>();
                String y = Integer.toString(year);
                all.cells().forEach((key, n) -> {
                    if (key.get(0).equals(y)) counts.put(List.of(key.get(1), key.get(2)), n);
                });
                PublishedTable t = statistics.publish(CountTable.of(List.of(Dimension.GENDER, b.dimension), counts));
                out.addAll(observations(b, year, t));
            }
        }
        return out;
    }

    private static List<Observation> observations(Breakdown b, int year, PublishedTable t) {
        Map<List<String>, PublishedCount> cells = new HashMap<>();
        for (PublishedCell c : t.cells()) cells.put(c.values(), c.count());
        Map<String, PublishedCount> sexMargins = new HashMap<>();
        for (PublishedMargin m : t.margins(Dimension.GENDER)) sexMargins.put(m.value(), m.count());
        Map<String, PublishedCount> valueMargins = new HashMap<>();
        for (PublishedMargin m : t.margins(b.dimension)) valueMargins.put(m.value(), m.count());
        List<String> values = b.dimension.fixedValues();
        List<Observation> out = new ArrayList<>();
        Map<String, String> sexCodes = new LinkedHashMap<>();
        for (String s : SEXES) sexCodes.put(s, SEX.get(s));
        sexCodes.put(null, "T");
        for (Map.Entry<String, String> sex : sexCodes.entrySet()) {
            for (String v : values) {
                PublishedCount c = sex.getKey() == null ? valueMargins.get(v) : cells.get(List.of(sex.getKey(), v));
                out.add(observation(b, year, sex.getValue(), b.codes.get(v), c));
            }
            PublishedCount total = sex.getKey() == null ? t.total() : sexMargins.get(sex.getKey());
            out.add(observation(b, year, sex.getValue(), "TOTAL", total));
        }
        return out;
    }

    private static Observation observation(Breakdown b, int year, String sex, String code, PublishedCount count) {
        Long value = count == null ? Long.valueOf(0) : count.count();
        return new Observation(b.dataset, year, sex,
                b == Breakdown.AGE ? code : "TOTAL",
                b == Breakdown.CITIZENSHIP ? code : "TOTAL",
                b == Breakdown.EXPLOITATION ? code : "TOTAL", value);
    }
}
