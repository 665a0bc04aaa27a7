package be.ariadne.statistics.app;

import be.ariadne.shared.Actor;
import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The dashboard {@code /statistics}, each chart's CSV, and the Eurostat table for signed-in users. */
@Controller
class StatisticsWebController {
    private final Dashboard dashboard;
    private final EurostatTable eurostat;
    private final VictimStatistics statistics;
    private final MessageSource messages;

    StatisticsWebController(Dashboard dashboard, EurostatTable eurostat, VictimStatistics statistics, MessageSource messages) {
        this.dashboard = dashboard;
        this.eurostat = eurostat;
        this.statistics = statistics;
        this.messages = messages;
    }

    /** The year and centre asked for, checked; problems are named and the defaults used instead. */
    record Filter(int year, String centre, List<FieldProblem> problems) {
    }

    Filter filter(Actor actor, String year, String centre, Locale locale) {
        String scope = VictimStatistics.scope(actor);
        List<FieldProblem> problems = new ArrayList<>();
        int y = dashboard.thisYear();
        if (year != null && !year.isBlank()) {
            String v = year.strip();
            if (v.matches("[0-9]{4}") && Integer.parseInt(v) <= y) {
                y = Integer.parseInt(v);
            } else {
                problems.add(new FieldProblem("year", messages.getMessage("statistics.filter.year.invalid", new Object[] {year, Integer.toString(y)}, locale)));
            }
        }
        String c = scope;
        if (scope == null && centre != null && !centre.isBlank()) {
            if (dashboard.centres().contains(centre.strip())) {
                c = centre.strip();
            } else {
                problems.add(new FieldProblem("centre", messages.getMessage("statistics.filter.centre.invalid", new Object[] {centre}, locale)));
            }
        }
        return new Filter(y, c, problems);
    }

    @GetMapping("/statistics")
    String page(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String year,
                @RequestParam(required = false) String centre, Model model, Locale locale) {
        Filter f = filter(actor, year, centre, locale);
        Dashboard.View view = dashboard.view(f.year(), f.centre(), locale);
        model.addAttribute("view", view);
        model.addAttribute("problems", f.problems());
        model.addAttribute("years", dashboard.years(VictimStatistics.scope(actor)));
        model.addAttribute("mayChooseCentre", VictimStatistics.mayChooseCentre(actor));
        model.addAttribute("centres", VictimStatistics.mayChooseCentre(actor) ? dashboard.centres() : List.of());
        model.addAttribute("k", statistics.k());
        model.addAttribute("suppressedText", messages.getMessage("statistics.suppressed", null, locale));
        model.addAttribute("query", "year=" + f.year() + (f.centre() != null && VictimStatistics.mayChooseCentre(actor) ? "&centre=" + f.centre() : ""));
        return "statistics/dashboard";
    }

    @GetMapping("/statistics/eurostat.csv")
    ResponseEntity<byte[]> eurostatCsv(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String from,
                                       @RequestParam(required = false) String to) {
        String scope = VictimStatistics.scope(actor);
        EurostatTable.Years years = eurostat.years(from, to);
        return StatisticsApiController.csv("ariadne-eurostat-thb-" + years.from() + "-" + years.to() + ".csv", eurostat.csv(years, scope));
    }

    @GetMapping("/statistics/{chart:[a-zA-Z]+}.csv")
    ResponseEntity<byte[]> chartCsv(@AuthenticationPrincipal Actor actor, @PathVariable String chart,
                                    @RequestParam(required = false) String year, @RequestParam(required = false) String centre, Locale locale) {
        if (!Dashboard.CHARTS.contains(chart)) throw new NotFoundException("There is no chart " + chart);
        Filter f = filter(actor, year, centre, locale);
        if (!f.problems().isEmpty()) throw new be.ariadne.shared.InvalidInputException(f.problems());
        Chart c = dashboard.charts(f.year(), f.centre(), locale).get(chart);
        if (c == null) throw new NotFoundException("There is no chart " + chart + " for one centre");
        String name = "ariadne-" + chart + "-" + f.year() + (f.centre() == null ? "" : "-" + f.centre()) + ".csv";
        return StatisticsApiController.csv(name, c.csv(messages.getMessage("statistics.total", null, locale)));
    }
}
