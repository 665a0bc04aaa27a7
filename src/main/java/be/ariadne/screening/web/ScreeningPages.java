package be.ariadne.screening.web;

import be.ariadne.screening.IloList;
import be.ariadne.screening.ScreeningEngine;
import be.ariadne.screening.ScreeningJson;
import be.ariadne.screening.ScreeningRequest;
import be.ariadne.screening.ScreeningResult;
import be.ariadne.screening.Signals;
import be.ariadne.shared.Actor;
import be.ariadne.shared.FieldProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the model of each screening page, so that a refused form can be shown again from any controller. */
@Component
class ScreeningPages {
    static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");
    /** The role check of every screening page (analysts and administrators do not screen). */
    static final String ROLES = "hasAnyRole('FIRST_LINE','CASE_WORKER','INVESTIGATOR','PROSECUTOR','IMMIGRATION_OFFICER')";

    private final ScreeningViews views;
    private final ScreeningEngine engine;
    private final ScreeningJson json;
    private final Clock clock;

    ScreeningPages(ScreeningViews views, ScreeningEngine engine, ScreeningJson json, Clock clock) {
        this.views = views;
        this.engine = engine;
        this.json = json;
        this.clock = clock;
    }

    ScreeningViews views() {
        return views;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(BELGIUM));
    }

    /** The quick screen: the danger question, then (once answered) the signs and facts. */
    String quickForm(Model model, ScreeningForm form, List<FieldProblem> problems, Locale locale) {
        common(model, form, problems, locale);
        model.addAttribute("signs", views.signs(locale));
        return "screening/quick";
    }

    /** The quick screen's result, with the forms to go on (full assessment) or save it as a signal. */
    String quickResult(Model model, ScreeningForm form, ScreeningRequest request, List<FieldProblem> problems, Locale locale) {
        common(model, form, problems, locale);
        ScreeningResult result = engine.evaluate(request, locale);
        model.addAttribute("result", views.result(json.write(result), locale));
        model.addAttribute("contact", views.centreFor(form.postalCode.isEmpty() ? null : form.postalCode).orElse(null));
        model.addAttribute("signLabels", request.signs().isEmpty() ? List.of()
                : views.signs(locale).stream().filter(s -> request.signs().contains(s.value())).toList());
        return "screening/quick-result";
    }

    /** The full assessment, with its live verdicts; without a valid request, the verdicts wait for corrections. */
    String assessment(Model model, ScreeningForm form, ScreeningRequest request, List<FieldProblem> problems,
                      Locale locale, List<String> prefilledFromSigns) {
        common(model, form, problems, locale);
        ScreeningViews.ResultView result = request == null ? null
                : views.result(json.write(engine.evaluate(request, locale)), locale);
        List<IloList> lists = result == null ? List.of(IloList.ADULT_LABOUR) : result.lists();
        model.addAttribute("result", result);
        model.addAttribute("dimensions", views.dimensions(lists, result == null ? emptyResult(locale) : result, locale));
        model.addAttribute("prefilledFromSigns", prefilledFromSigns);
        return "screening/assessment";
    }

    private ScreeningViews.ResultView emptyResult(Locale locale) {
        return views.result(json.write(engine.evaluate(ScreeningRequest.EMPTY, locale)), locale);
    }

    private void common(Model model, ScreeningForm form, List<FieldProblem> problems, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("problems", views.problems(problems, locale));
        model.addAttribute("errors", ScreeningViews.errors(problems));
        model.addAttribute("actions", views.actions(locale));
        model.addAttribute("forms", views.forms(locale));
        model.addAttribute("countries", views.countries(locale));
        model.addAttribute("today", today().toString());
        model.addAttribute("mayKeepSignals", mayKeepSignals());
        model.addAttribute("catalogueVersion", views.catalogue().version());
    }

    static boolean mayKeepSignals() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof Actor actor)) return false;
        return actor.roles().stream().anyMatch(Signals.ROLES::contains);
    }
}
