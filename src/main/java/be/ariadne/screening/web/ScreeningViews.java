package be.ariadne.screening.web;

import be.ariadne.screening.Action;
import be.ariadne.screening.Advice;
import be.ariadne.screening.AggravatingCircumstance;
import be.ariadne.screening.CentreContact;
import be.ariadne.screening.CentreDirectory;
import be.ariadne.screening.Dimension;
import be.ariadne.screening.ExploitationForm;
import be.ariadne.screening.IloList;
import be.ariadne.screening.IndicatorCatalogue;
import be.ariadne.screening.Pathway;
import be.ariadne.screening.Qualification;
import be.ariadne.screening.ScreeningLabels;
import be.ariadne.screening.Smuggling;
import be.ariadne.shared.FieldProblem;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds what the screening pages show, in the reader's language: the choices of the forms, the
 * indicators with their strengths in the lists that apply, and a result (live or stored) in plain
 * words. Results are read from their contract JSON, so that a stored signal is shown exactly as
 * it was evaluated, even when the catalogue has changed since (unknown codes are shown as codes).
 */
@Component
class ScreeningViews {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final IndicatorCatalogue catalogue;
    private final MessageSource messages;
    private final ObjectProvider<CentreDirectory> directories;
    private final Map<String, List<Option>> countries = new ConcurrentHashMap<>();

    ScreeningViews(IndicatorCatalogue catalogue, MessageSource messages, ObjectProvider<CentreDirectory> directories) {
        this.catalogue = catalogue;
        this.messages = messages;
        this.directories = directories;
    }

    IndicatorCatalogue catalogue() {
        return catalogue;
    }

    // ---- choices ------------------------------------------------------------------------------

    public record Option(String value, String label, String hint) {
    }

    List<Option> signs(Locale locale) {
        return catalogue.signs().stream().map(s -> new Option(s.code(), s.label(locale), s.explanation(locale))).toList();
    }

    List<Option> actions(Locale locale) {
        List<Option> out = new ArrayList<>();
        for (Action a : Action.values()) out.add(new Option(a.name(), capitalised(ScreeningLabels.label(a, locale), locale), null));
        return out;
    }

    List<Option> forms(Locale locale) {
        List<Option> out = new ArrayList<>();
        for (ExploitationForm f : ExploitationForm.values()) {
            out.add(new Option(f.name(), capitalised(ScreeningLabels.label(f, locale), locale), null));
        }
        return out;
    }

    /** Every country, by name in the locale's language. */
    List<Option> countries(Locale locale) {
        return countries.computeIfAbsent(locale.getLanguage(), language -> {
            Collator collator = Collator.getInstance(locale);
            List<Option> out = new ArrayList<>();
            for (String code : ScreeningForm.ISO_COUNTRIES) {
                out.add(new Option(code, new Locale("", code).getDisplayCountry(locale), null));
            }
            out.sort(Comparator.comparing(Option::label, collator));
            return List.copyOf(out);
        });
    }

    String countryName(String code, Locale locale) {
        return code == null ? null : new Locale("", code).getDisplayCountry(locale) + " (" + code + ")";
    }

    // ---- the full assessment ------------------------------------------------------------------

    public record IndicatorOption(String code, String label, String explanation, String strength, boolean inList,
                                  String note) {
    }

    public record DimensionSection(String code, String label, List<IndicatorOption> indicators, DimensionView verdict) {
    }

    /** The six dimensions with their indicators, strengths shown for the lists that apply. */
    List<DimensionSection> dimensions(List<IloList> lists, ResultView result, Locale locale) {
        List<DimensionSection> out = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            List<IndicatorOption> options = new ArrayList<>();
            for (IndicatorCatalogue.Indicator i : catalogue.indicators(d)) {
                options.add(new IndicatorOption(i.code(), i.label(locale, lists.get(0)), i.explanation(locale),
                        strengthText(i, lists, locale), lists.stream().anyMatch(i::inList), i.note()));
            }
            DimensionView verdict = result.dimensions().stream().filter(v -> v.code().equals(d.name())).findFirst().orElse(null);
            out.add(new DimensionSection(d.name(), catalogue.dimension(d).label(locale), options, verdict));
        }
        return out;
    }

    private String strengthText(IndicatorCatalogue.Indicator indicator, List<IloList> lists, Locale locale) {
        if (lists.size() == 1) {
            return indicator.strength(lists.get(0)).map(s -> ScreeningLabels.label(s, locale))
                    .orElseGet(() -> msg("sw.strength.notInList", locale));
        }
        List<String> parts = new ArrayList<>();
        for (IloList list : lists) {
            String s = indicator.strength(list).map(x -> ScreeningLabels.label(x, locale))
                    .orElseGet(() -> msg("sw.strength.notInList", locale));
            parts.add(s + " (" + ScreeningLabels.label(list, locale) + ")");
        }
        return String.join(" · ", parts);
    }

    // ---- results ------------------------------------------------------------------------------

    public record DimensionView(String code, String label, boolean positive, int strong, int medium, int weak,
                                String summary) {
    }

    public record ExplanationView(String heading, String conclusion, List<String> because) {
    }

    public record ResultView(boolean urgent, boolean presumedMinor, String belgium, String belgiumLabel, String headline,
                             String international, String smuggling, String smugglingText,
                             List<String> purposes, List<String> aggravating, boolean presumedVictim,
                             List<String> pathways, List<IloList> lists, List<String> listLabels,
                             List<DimensionView> dimensions, List<String> adviceCodes, List<String> advice,
                             boolean contactCentre, boolean protectionProcedureOpen, List<ExplanationView> explanation,
                             String catalogue) {
        public boolean smuggled() {
            return smuggling != null && !smuggling.equals("NONE");
        }

        public boolean hasAdvice(String code) {
            return adviceCodes.contains(code);
        }
    }

    ResultView result(String resultJson, Locale locale) {
        JsonNode r = JSON.readTree(resultJson);
        String belgium = r.path("trafficking").path("belgium").asString();
        List<IloList> lists = new ArrayList<>();
        for (JsonNode l : r.path("ilo").path("lists")) {
            Optional<IloList> list = code(IloList.class, l.asString());
            list.ifPresent(lists::add);
        }
        if (lists.isEmpty()) lists.add(IloList.ADULT_LABOUR);
        List<DimensionView> dimensions = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : r.path("ilo").path("dimensions").properties()) {
            JsonNode s = e.getValue();
            boolean positive = s.path("positive").asBoolean();
            int strong = s.path("strong").asInt();
            int medium = s.path("medium").asInt();
            int weak = s.path("weak").asInt();
            String label = code(Dimension.class, e.getKey()).map(d -> catalogue.dimension(d).label(locale)).orElse(e.getKey());
            dimensions.add(new DimensionView(e.getKey(), label, positive, strong, medium, weak,
                    msg(positive ? "sw.dimension.positive" : "sw.dimension.negative", locale, strong, medium, weak)));
        }
        List<String> adviceCodes = texts(r.path("advice"));
        List<String> advice = adviceCodes.stream().map(c -> label(Advice.class, c, locale)).toList();
        List<ExplanationView> explanation = new ArrayList<>();
        for (JsonNode e : r.path("explanation")) {
            String conclusion = e.path("conclusion").asString();
            explanation.add(new ExplanationView(conclusionHeading(conclusion, locale), conclusion, texts(e.path("because"))));
        }
        String smuggling = r.path("smuggling").asString();
        return new ResultView(r.path("urgent").asBoolean(), r.path("presumedMinor").asBoolean(), belgium,
                label(Qualification.class, belgium, locale),
                msgOr("sw.result.belgium." + belgium, belgium, locale),
                label(Qualification.class, r.path("trafficking").path("international").asString(), locale),
                smuggling, msgOr("sw.result.smuggling." + smuggling, smuggling, locale),
                texts(r.path("trafficking").path("exploitation")).stream().map(c -> label(ExploitationForm.class, c, locale)).toList(),
                texts(r.path("trafficking").path("aggravating")).stream()
                        .map(c -> label(AggravatingCircumstance.class, c, locale)).toList(),
                r.path("ilo").path("presumedVictim").asBoolean(),
                texts(r.path("ilo").path("pathways")).stream().map(c -> label(Pathway.class, c, locale)).toList(),
                List.copyOf(lists), lists.stream().map(l -> ScreeningLabels.label(l, locale)).toList(),
                dimensions, adviceCodes, advice,
                adviceCodes.contains(Advice.REFER_TO_SPECIALISED_CENTRE.name())
                        || adviceCodes.contains(Advice.CONSULT_SPECIALISED_CENTRE.name()),
                r.path("protectionProcedureOpen").asBoolean(), explanation, r.path("catalogue").asString());
    }

    /** "trafficking.belgium=LIKELY" → "Trafficking under Belgian law: likely", in the reader's language. */
    String conclusionHeading(String conclusion, Locale locale) {
        int eq = conclusion.indexOf('=');
        if (eq < 0) return conclusion;
        String path = conclusion.substring(0, eq);
        String value = conclusion.substring(eq + 1);
        if (path.startsWith("ilo.dimensions.") && path.endsWith(".positive")) {
            String d = path.substring("ilo.dimensions.".length(), path.length() - ".positive".length());
            String label = code(Dimension.class, d).map(x -> catalogue.dimension(x).label(locale)).orElse(d);
            return msg("sw.conclusion.dimension", locale, d, label);
        }
        String valueLabel = switch (path) {
            case "urgent", "presumedMinor", "ilo.presumedVictim", "protectionProcedureOpen" -> null;
            case "trafficking.belgium", "trafficking.international" -> label(Qualification.class, value, locale);
            case "trafficking.exploitation" -> label(ExploitationForm.class, value, locale);
            case "trafficking.aggravating" -> label(AggravatingCircumstance.class, value, locale);
            case "ilo.pathways" -> label(Pathway.class, value, locale);
            case "smuggling" -> label(Smuggling.class, value, locale);
            case "advice" -> label(Advice.class, value, locale);
            case "ilo.lists" -> listLabels(value, locale);
            default -> value;
        };
        String key = "sw.conclusion." + path;
        // Only headings with a value take an argument (and so go through MessageFormat).
        String heading = messages.getMessage(key, valueLabel == null ? null : new Object[] {valueLabel}, "", locale);
        return heading == null || heading.isEmpty() ? conclusion : heading;
    }

    private String listLabels(String value, Locale locale) {
        List<String> out = new ArrayList<>();
        for (String code : value.split(",")) out.add(label(IloList.class, code.trim(), locale));
        return String.join(", ", out);
    }

    /** The centre to contact for a postal code, from the first directory that knows one. */
    Optional<CentreContact> centreFor(String postalCode) {
        return directories.orderedStream().map(d -> d.centreFor(postalCode)).filter(Optional::isPresent)
                .map(Optional::get).findFirst();
    }

    // ---- stored requests ----------------------------------------------------------------------

    public record Fact(String label, String value) {
    }

    /** What a stored request says, label by label (codes the catalogue no longer knows stay codes). */
    List<Fact> requestFacts(String requestJson, Locale locale) {
        JsonNode r = JSON.readTree(requestJson);
        List<Fact> facts = new ArrayList<>();
        JsonNode person = r.path("person");
        if (person.has("age")) facts.add(new Fact(msg("sw.field.age", locale), person.path("age").asString()));
        if (person.path("maybeMinor").asBoolean()) facts.add(new Fact(msg("sw.field.maybeMinor", locale), msg("common.yes", locale)));
        if (person.has("citizenship")) {
            facts.add(new Fact(msg("sw.field.citizenship", locale), countryName(person.path("citizenship").asString(), locale)));
        }
        JsonNode s = r.path("situation");
        if (s.path("immediateDanger").asBoolean()) facts.add(new Fact(msg("sw.field.immediateDanger", locale), msg("common.yes", locale)));
        join(facts, msg("sw.field.actions", locale), texts(s.path("actions")).stream().map(c -> label(Action.class, c, locale)).toList());
        join(facts, msg("sw.field.exploitation", locale),
                texts(s.path("exploitation")).stream().map(c -> label(ExploitationForm.class, c, locale)).toList());
        for (String flag : List.of("thirdPartyProfits", "againstWill", "lifeEndangered")) {
            if (s.path(flag).asBoolean()) facts.add(new Fact(msg("sw.field." + flag, locale), msg("common.yes", locale)));
        }
        JsonNode border = s.path("border");
        List<String> borderFacts = new ArrayList<>();
        for (String b : List.of("crossed", "irregular", "facilitatorPaid")) {
            if (border.path(b).asBoolean()) borderFacts.add(msg("sw.field.border" + Character.toUpperCase(b.charAt(0)) + b.substring(1), locale));
        }
        join(facts, msg("sw.border.legend", locale), borderFacts);
        join(facts, msg("sw.signs.legend", locale), texts(r.path("signs")).stream()
                .map(c -> catalogue.sign(c).map(x -> x.label(locale)).orElse(c)).toList());
        join(facts, msg("sw.indicators.title", locale), texts(r.path("indicators")).stream()
                .map(c -> c + " " + catalogue.indicator(c).map(x -> x.label(locale)).orElse("")).map(String::strip).toList());
        return facts;
    }

    private static void join(List<Fact> facts, String label, List<String> values) {
        if (!values.isEmpty()) facts.add(new Fact(label, String.join("; ", values)));
    }

    // ---- problems -----------------------------------------------------------------------------

    public record FormProblem(String field, String label, String message) {
    }

    List<FormProblem> problems(List<FieldProblem> problems, Locale locale) {
        return problems.stream().map(p -> new FormProblem(p.field(),
                messages.getMessage("sw.field." + p.field(), null, p.field(), locale), p.message())).toList();
    }

    /** Field id → its messages joined, for the message next to each field. */
    static Map<String, String> errors(List<FieldProblem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : problems) errors.merge(p.field(), p.message(), (a, b) -> a + " " + b);
        return errors;
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static <E extends Enum<E>> Optional<E> code(Class<E> type, String code) {
        try {
            return Optional.of(Enum.valueOf(type, code));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> String label(Class<E> type, String code, Locale locale) {
        return code(type, code).map(c -> ScreeningLabels.label(c, locale)).orElse(code);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) out.add(n.asString());
        return out;
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }

    private String msgOr(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }

    static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
