package be.ariadne.screening.web;

import be.ariadne.screening.Action;
import be.ariadne.screening.ExploitationForm;
import be.ariadne.screening.IndicatorCatalogue;
import be.ariadne.screening.NewSignal;
import be.ariadne.screening.ScreeningRequest;
import be.ariadne.screening.SignalSource;
import be.ariadne.screening.signals.SignalDetailsRules;
import be.ariadne.shared.FieldProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.util.MultiValueMap;

/**
 * The fields of the screening screens (quick screen, full assessment, saving a signal) as typed,
 * so that a refused form is shown again exactly as it was; and their reading into a
 * {@link ScreeningRequest} that names every problem in the user's language. Field names are the
 * ids of the form elements, so that a problem links to its field.
 */
final class ScreeningForm {
    static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    /** The quick screen's first answer: "yes", "no", or null while not answered. */
    String danger;
    boolean immediateDanger;
    String age = "";
    boolean maybeMinor;
    String citizenship = "";
    final Set<String> actions = new LinkedHashSet<>();
    boolean thirdPartyProfits;
    boolean againstWill;
    boolean lifeEndangered;
    boolean borderCrossed;
    boolean borderIrregular;
    boolean borderFacilitatorPaid;
    final Set<String> exploitation = new LinkedHashSet<>();
    final Set<String> signs = new LinkedHashSet<>();
    final Set<String> indicators = new LinkedHashSet<>();
    String otherSign = "";
    String notes = "";
    String postalCode = "";
    String municipality = "";
    String observedOn = "";
    /** Values of a yes/no field that were neither, to name as problems. */
    private final List<String> oddFlags = new ArrayList<>();

    /** Reads the posted fields; anything else (the CSRF token, buttons) is ignored. */
    static ScreeningForm read(MultiValueMap<String, String> params) {
        ScreeningForm f = new ScreeningForm();
        f.danger = first(params, "danger");
        if (f.danger != null && f.danger.isBlank()) f.danger = null;
        f.immediateDanger = f.flag(params, "immediateDanger") || "yes".equals(f.danger);
        f.age = text(params, "age");
        f.maybeMinor = f.flag(params, "maybeMinor");
        f.citizenship = text(params, "citizenship");
        f.actions.addAll(all(params, "actions"));
        f.thirdPartyProfits = f.flag(params, "thirdPartyProfits");
        f.againstWill = f.flag(params, "againstWill");
        f.lifeEndangered = f.flag(params, "lifeEndangered");
        f.borderCrossed = f.flag(params, "borderCrossed");
        f.borderIrregular = f.flag(params, "borderIrregular");
        f.borderFacilitatorPaid = f.flag(params, "borderFacilitatorPaid");
        f.exploitation.addAll(all(params, "exploitation"));
        f.signs.addAll(all(params, "signs"));
        f.indicators.addAll(all(params, "indicators"));
        f.otherSign = text(params, "otherSign");
        f.notes = text(params, "notes");
        f.postalCode = text(params, "postalCode");
        f.municipality = text(params, "municipality");
        f.observedOn = text(params, "observedOn");
        return f;
    }

    /** A form showing a request (to pre-fill a screen). */
    static ScreeningForm of(ScreeningRequest r) {
        ScreeningForm f = new ScreeningForm();
        f.immediateDanger = r.situation().immediateDanger();
        f.danger = f.immediateDanger ? "yes" : "no";
        f.age = r.person().age() == null ? "" : String.valueOf(r.person().age());
        f.maybeMinor = r.person().maybeMinor();
        f.citizenship = r.person().citizenship() == null ? "" : r.person().citizenship();
        r.situation().actions().forEach(a -> f.actions.add(a.name()));
        f.thirdPartyProfits = r.situation().thirdPartyProfits();
        f.againstWill = r.situation().againstWill();
        f.lifeEndangered = r.situation().lifeEndangered();
        f.borderCrossed = r.situation().border().crossed();
        f.borderIrregular = r.situation().border().irregular();
        f.borderFacilitatorPaid = r.situation().border().facilitatorPaid();
        r.situation().exploitation().forEach(e -> f.exploitation.add(e.name()));
        f.signs.addAll(r.signs());
        f.indicators.addAll(r.indicators());
        return f;
    }

    /** The outcome of reading the screening part: a request, or the problems (never both). */
    record Reading(ScreeningRequest request, List<FieldProblem> problems) {
        boolean valid() {
            return request != null;
        }
    }

    /** Reads the screening fields into a request, naming every problem in the locale's language. */
    Reading request(IndicatorCatalogue catalogue, MessageSource messages, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        Problems p = new Problems(problems, messages, locale);
        if (danger != null && !danger.equals("yes") && !danger.equals("no")) p.add("danger", "sw.problem.choice", danger);
        for (String odd : oddFlags) p.add(odd, "sw.problem.flag");
        Integer ageValue = null;
        if (!age.isEmpty()) {
            if (!age.matches("[0-9]{1,9}")) {
                p.add("age", "sw.problem.age.number");
            } else if (Integer.parseInt(age) > ScreeningRequest.Person.MAX_AGE) {
                p.add("age", "sw.problem.age.range", ScreeningRequest.Person.MIN_AGE, ScreeningRequest.Person.MAX_AGE);
            } else {
                ageValue = Integer.parseInt(age);
            }
        }
        if (!citizenship.isEmpty() && !ISO_COUNTRIES.contains(citizenship)) p.add("citizenship", "sw.problem.citizenship");
        Set<Action> actionValues = enums(actions, Action.class, "actions", p);
        Set<ExploitationForm> forms = enums(exploitation, ExploitationForm.class, "exploitation", p);
        for (String code : signs) if (catalogue.sign(code).isEmpty()) p.add("signs", "sw.problem.choice", code);
        for (String code : indicators) if (catalogue.indicator(code).isEmpty()) p.add("indicators", "sw.problem.choice", code);
        if (otherSign.length() > SignalDetailsRules.OTHER_SIGN_MAX) p.add("otherSign", "sw.problem.tooLong", SignalDetailsRules.OTHER_SIGN_MAX);
        if (!problems.isEmpty()) return new Reading(null, problems);
        ScreeningRequest request = ScreeningRequest.builder()
                .age(ageValue).maybeMinor(maybeMinor).citizenship(citizenship.isEmpty() ? null : citizenship)
                .immediateDanger(immediateDanger).actions(actionValues.toArray(Action[]::new))
                .border(borderCrossed, borderIrregular, borderFacilitatorPaid)
                .exploitation(forms.toArray(ExploitationForm[]::new))
                .thirdPartyProfits(thirdPartyProfits).againstWill(againstWill).lifeEndangered(lifeEndangered)
                .signs(signs.toArray(String[]::new)).indicators(indicators.toArray(String[]::new))
                .build();
        return new Reading(request, List.of());
    }

    /** The details of a signal to save, or the problems with them (added to {@code problems}). */
    NewSignal signal(ScreeningRequest request, Locale locale, LocalDate today, MessageSource messages,
                     List<FieldProblem> problems, SignalSource source) {
        LocalDate observed = null;
        if (!observedOn.isEmpty()) {
            try {
                observed = LocalDate.parse(observedOn);
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("observedOn", messages.getMessage("sw.problem.observedOn.format", null, locale)));
            }
        }
        NewSignal signal = new NewSignal(request, otherSign, notes, observed, postalCode, municipality, locale);
        for (SignalDetailsRules.Problem p : SignalDetailsRules.check(signal, source, today)) {
            problems.add(p.worded(messages, locale));
        }
        return signal;
    }

    /** Turns the signs into the ILO indicators they map to (a quick screen continued as a full assessment). */
    void signsToIndicators(IndicatorCatalogue catalogue) {
        for (String code : signs) catalogue.sign(code).ifPresent(s -> indicators.add(s.indicator()));
        signs.clear();
    }

    private static <E extends Enum<E>> Set<E> enums(Set<String> codes, Class<E> type, String field, Problems p) {
        Set<E> values = new LinkedHashSet<>();
        for (String code : codes) {
            try {
                values.add(Enum.valueOf(type, code));
            } catch (IllegalArgumentException e) {
                p.add(field, "sw.problem.choice", code);
            }
        }
        return values;
    }

    private boolean flag(MultiValueMap<String, String> params, String name) {
        String v = first(params, name);
        if (v == null || v.isEmpty() || v.equals("false")) return false;
        if (v.equals("true") || v.equals("on")) return true;
        oddFlags.add(name);
        return false;
    }

    private static String first(MultiValueMap<String, String> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String text(MultiValueMap<String, String> params, String name) {
        String v = first(params, name);
        return v == null ? "" : v.strip();
    }

    private static List<String> all(MultiValueMap<String, String> params, String name) {
        List<String> values = params.get(name);
        if (values == null) return List.of();
        List<String> out = new ArrayList<>();
        for (String v : values) if (v != null && !v.isBlank()) out.add(v.strip());
        return out;
    }

    // Getters for the templates.
    public String getDanger() { return danger; }
    public boolean isImmediateDanger() { return immediateDanger; }
    public String getAge() { return age; }
    public boolean isMaybeMinor() { return maybeMinor; }
    public String getCitizenship() { return citizenship; }
    public Set<String> getActions() { return actions; }
    public boolean isThirdPartyProfits() { return thirdPartyProfits; }
    public boolean isAgainstWill() { return againstWill; }
    public boolean isLifeEndangered() { return lifeEndangered; }
    public boolean isBorderCrossed() { return borderCrossed; }
    public boolean isBorderIrregular() { return borderIrregular; }
    public boolean isBorderFacilitatorPaid() { return borderFacilitatorPaid; }
    public Set<String> getExploitation() { return exploitation; }
    public Set<String> getSigns() { return signs; }
    public Set<String> getIndicators() { return indicators; }
    public String getOtherSign() { return otherSign; }
    public String getNotes() { return notes; }
    public String getPostalCode() { return postalCode; }
    public String getMunicipality() { return municipality; }
    public String getObservedOn() { return observedOn; }

    /** Collects problems worded in one language. */
    private record Problems(List<FieldProblem> list, MessageSource messages, Locale locale) {
        void add(String field, String key, Object... args) {
            list.add(new FieldProblem(field, messages.getMessage(key, args, locale)));
        }
    }
}
