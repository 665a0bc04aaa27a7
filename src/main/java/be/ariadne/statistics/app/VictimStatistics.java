package be.ariadne.statistics.app;

import be.ariadne.shared.Actor;
import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.InvalidInputException;
import be.ariadne.statistics.CountTable;
import be.ariadne.statistics.Dimension;
import be.ariadne.statistics.DisclosureControl;
import be.ariadne.statistics.InvalidStatisticsInputException;
import be.ariadne.statistics.PublishedTable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts victims as the statistics contract says: SQL groups and counts the facts table, the pure
 * {@link DisclosureControl} decides what may be published.
 */
@Service
class VictimStatistics {
    static final String SPECIALISED_CENTRE = "SPECIALISED_CENTRE";

    private final FactStore store;
    private final DisclosureControl control;

    VictimStatistics(FactStore store, DisclosureControl control) {
        this.store = store;
        this.control = control;
    }

    int k() {
        return control.k();
    }

    /** A validated query. */
    record Query(LocalDate from, LocalDate to, List<Dimension> by) {
    }

    /**
     * Which cases the actor may count: analysts and administrators all (null), a specialised
     * centre's staff only their centre's; anyone else nothing.
     */
    static String scope(Actor actor) {
        if (actor == null) throw new AccessDeniedException("sign in first");
        if (actor.hasRole("ANALYST") || actor.hasRole("ADMIN")) return null;
        if (SPECIALISED_CENTRE.equals(actor.organisationType()) && actor.organisationCode() != null) return actor.organisationCode();
        throw new AccessDeniedException("statistics are for analysts, administrators and the specialised centres");
    }

    static boolean mayChooseCentre(Actor actor) {
        return actor.hasRole("ANALYST") || actor.hasRole("ADMIN");
    }

    /** Parses the query parameters, naming every parameter at fault. */
    static Query parse(String from, String to, String by) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate f = date("from", from, problems);
        LocalDate t = date("to", to, problems);
        List<Dimension> dimensions = List.of();
        try {
            dimensions = Dimension.parseList(by);
        } catch (InvalidStatisticsInputException e) {
            problems.add(problem(e));
        }
        if (f != null && t != null && t.isBefore(f)) {
            problems.add(new FieldProblem("to", "the date range is inverted: to " + t + " is before from " + f));
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return new Query(f, t, dimensions);
    }

    static FieldProblem problem(InvalidStatisticsInputException e) {
        String message = e.getMessage();
        String prefix = e.field() + ": ";
        return new FieldProblem(e.field(), message.startsWith(prefix) ? message.substring(prefix.length()) : message);
    }

    private static LocalDate date(String name, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(name, "is required (a date YYYY-MM-DD)"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(name, "must be a date YYYY-MM-DD, not '" + value + "'"));
            return null;
        }
    }

    /** The counts of the query for the cases of {@code centre} (null: all), under disclosure control. */
    @Transactional(readOnly = true)
    PublishedTable count(Query q, String centre) {
        return control.publish(table(q, centre));
    }

    /** The plain counts, before disclosure control (never published as such). */
    CountTable table(Query q, String centre) {
        return table(q.by(), new FactStore.Selection(q.from(), q.to(), centre), Map.of());
    }

    CountTable table(List<Dimension> by, FactStore.Selection selection, Map<Dimension, String> expressions) {
        return CountTable.of(by, store.count(by, selection, expressions));
    }

    PublishedTable publish(CountTable table) {
        return control.publish(table);
    }

    /** A single count published under primary suppression: null when 0 &lt; n &lt; k. */
    Long primary(long n) {
        return n > 0 && n < control.k() ? null : n;
    }
}
