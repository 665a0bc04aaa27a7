package be.ariadne.screening;

import be.ariadne.screening.IndicatorCatalogue.Indicator;
import be.ariadne.screening.IndicatorCatalogue.Sign;
import be.ariadne.screening.ScreeningRequest.Situation;
import be.ariadne.screening.ScreeningResult.Explanation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rule 13: one explanation per conclusion that is not a default, in the order of the result's
 * fields, each naming the facts and indicators behind it. Labels come in the requested language;
 * codes stay codes, in brackets after their label. Every list is walked in catalogue or enum
 * order, so the text never depends on the order of the request's codes.
 *
 * <p>Explanations are built on every evaluation, so every phrase that does not depend on the
 * request is prepared once per language ({@link Phrases}).
 */
final class Explainer {

    private static final Dimension[] DIMENSIONS = Dimension.values();
    private static final String[] DIMENSION_POSITIVE = new String[DIMENSIONS.length];
    private static final String[] BELGIUM = conclusions("trafficking.belgium=", Qualification.values());
    private static final String[] INTERNATIONAL = conclusions("trafficking.international=", Qualification.values());
    private static final String[] EXPLOITATION = conclusions("trafficking.exploitation=", ExploitationForm.values());
    private static final String[] AGGRAVATING = conclusions("trafficking.aggravating=", AggravatingCircumstance.values());
    private static final String[] PATHWAYS = conclusions("ilo.pathways=", Pathway.values());
    private static final String[] SMUGGLING = conclusions("smuggling=", Smuggling.values());
    private static final String[] ADVICE = conclusions("advice=", Advice.values());

    static {
        for (Dimension d : DIMENSIONS) {
            DIMENSION_POSITIVE[d.ordinal()] = "ilo.dimensions." + d + ".positive=true";
        }
    }

    private final IndicatorCatalogue catalogue;
    private final List<Indicator> indicators;
    private final List<Sign> signs;
    /** Catalogue index of the indicator each sign maps to. */
    private final int[] signTarget;
    private final boolean[] violenceIndicator;
    private final Map<String, Phrases> phrases = new ConcurrentHashMap<>();

    Explainer(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
        this.indicators = catalogue.indicators();
        this.signs = catalogue.signs();
        this.signTarget = new int[signs.size()];
        for (int s = 0; s < signs.size(); s++) {
            signTarget[s] = indexOf(signs.get(s).indicator());
        }
        this.violenceIndicator = new boolean[indicators.size()];
        for (int i = 0; i < indicators.size(); i++) {
            violenceIndicator[i] = catalogue.violenceIndicators().contains(indicators.get(i).code());
        }
    }

    private int indexOf(String indicatorCode) {
        for (int i = 0; i < indicators.size(); i++) {
            if (indicators.get(i).code().equals(indicatorCode)) {
                return i;
            }
        }
        throw new IllegalStateException("sign maps to unknown indicator " + indicatorCode);
    }

    private static String[] conclusions(String prefix, Enum<?>[] codes) {
        String[] conclusions = new String[codes.length];
        for (Enum<?> code : codes) {
            conclusions[code.ordinal()] = prefix + code.name();
        }
        return conclusions;
    }

    List<Explanation> explain(Assessment a, Texts texts) {
        Phrases p = phrases.computeIfAbsent(texts.language, language -> new Phrases(texts));
        List<Explanation> out = new ArrayList<>(16);
        ScreeningRequest request = a.request;
        Situation situation = request.situation();

        if (a.urgent) {
            out.add(p.urgent);
        }
        Explanation minorReason = null;
        if (a.minor) {
            minorReason = minorReason(a, p);
            out.add(new Explanation("presumedMinor=true", List.of(minorReason.because().get(0))));
        }
        if (a.minor || a.lists.length > 1 || a.lists[0] != IloList.ADULT_LABOUR) {
            out.add(listsExplanation(a, p));
        }
        for (Dimension d : DIMENSIONS) {
            if (a.positive(d)) {
                out.add(new Explanation(DIMENSION_POSITIVE[d.ordinal()], dimensionReasons(a, d, p)));
            }
        }
        if (a.presumedVictim) {
            List<String> because = new ArrayList<>(6);
            if (a.minor) {
                because.add(p.childCombination);
                because.add(p.presumedMinor);
                addActions(a, p, because);
                because.add(p.dimensionPositive[Dimension.EX.ordinal()]);
            } else {
                because.add(p.adultCombination);
                for (Dimension d : DIMENSIONS) {
                    if (a.positive(d)) {
                        because.add(p.dimensionPositive[d.ordinal()]);
                    }
                }
            }
            out.add(new Explanation("ilo.presumedVictim=true", because));
        }
        for (Pathway pathway : a.pathways) {
            out.add(new Explanation(PATHWAYS[pathway.ordinal()],
                    List.of(p.dimensionPositive[pathway.dimension().ordinal()])));
        }

        if (a.belgium != Qualification.UNLIKELY) {
            List<String> because = new ArrayList<>(6);
            if (a.belgium == Qualification.LIKELY) {
                addActions(a, p, because);
                addPurposes(a, p.purpose, because);
            } else {
                int signCount = request.signs().size();
                if (signCount >= catalogue.possibleSignThreshold()) {
                    because.add(p.texts.format("screening.explain.signCount", signCount,
                            catalogue.possibleSignThreshold()));
                }
                for (Dimension d : DIMENSIONS) {
                    if (a.positive(d)) {
                        because.add(p.dimensionPositive[d.ordinal()]);
                    }
                }
                if (a.action) {
                    if (!situation.exploitation().isEmpty()) {
                        addActions(a, p, because);
                    }
                    for (ExploitationForm form : situation.exploitation()) {
                        because.add(p.formWithAction[form.ordinal()]);
                    }
                } else {
                    addPurposes(a, p.purposeWithoutAction, because);
                }
            }
            out.add(new Explanation(BELGIUM[a.belgium.ordinal()], because));
        }
        if (a.international != Qualification.UNLIKELY) {
            List<String> because = new ArrayList<>(8);
            if (a.international == Qualification.LIKELY) {
                addActions(a, p, because);
                addPurposes(a, p.purpose, because);
                if (a.minor) {
                    because.add(p.minorNoMeans);
                }
                addMeans(a, p, because);
                if (a.presumedVictim) {
                    because.add(p.presumedVictim);
                }
            } else {
                because.add(p.belgianLaw[a.belgium.ordinal()]);
                if (a.action && !a.purposes.isEmpty() && !a.means && !a.minor) {
                    because.add(p.noMeansAdult);
                }
            }
            out.add(new Explanation(INTERNATIONAL[a.international.ordinal()], because));
        }
        for (ExploitationForm form : a.purposes) {
            out.add(new Explanation(EXPLOITATION[form.ordinal()], purposeReasons(a, form, p)));
        }
        for (AggravatingCircumstance circumstance : a.aggravating) {
            out.add(new Explanation(AGGRAVATING[circumstance.ordinal()],
                    circumstance == AggravatingCircumstance.MINOR ? minorReason.because()
                            : aggravatingReasons(a, circumstance, p)));
        }

        if (a.smuggling != Smuggling.NONE) {
            List<String> because = new ArrayList<>(6);
            because.add(p.borderFacts);
            String citizenship = request.person().citizenship();
            because.add(citizenship == null ? p.citizenshipUnknown
                    : p.texts.format("screening.explain.citizenshipNonEu", citizenship));
            if (a.smuggling == Smuggling.AGGRAVATED_SMUGGLING) {
                if (a.minor) {
                    because.add(p.aggravatedBy[AggravatingCircumstance.MINOR.ordinal()]);
                }
                if (a.vulnerability) {
                    because.add(p.aggravatedBy[AggravatingCircumstance.ABUSE_OF_VULNERABILITY.ordinal()]);
                }
                if (a.violence) {
                    because.add(p.aggravatedBy[AggravatingCircumstance.VIOLENCE_THREATS_COERCION.ordinal()]);
                }
                if (situation.lifeEndangered()) {
                    because.add(p.aggravatedBy[AggravatingCircumstance.LIFE_ENDANGERED.ordinal()]);
                }
            }
            out.add(new Explanation(SMUGGLING[a.smuggling.ordinal()], because));
        }
        if (a.protectionProcedureOpen) {
            out.add(new Explanation("protectionProcedureOpen=true", lawAndSmuggling(a, p, Qualification.POSSIBLE)));
        }
        for (Advice advice : a.advice) {
            if (advice != Advice.NO_ACTION_NEEDED) {
                out.add(new Explanation(ADVICE[advice.ordinal()], adviceReasons(a, advice, p)));
            }
        }
        return out;
    }

    /** An explanation holding the reason the person is a presumed minor (reused for MINOR). */
    private static Explanation minorReason(Assessment a, Phrases p) {
        Integer age = a.request.person().age();
        return age != null ? p.minorByAge[age] : p.minorByDoubt;
    }

    private static Explanation listsExplanation(Assessment a, Phrases p) {
        List<String> because = new ArrayList<>(3);
        StringBuilder value = new StringBuilder("ilo.lists=");
        for (int i = 0; i < a.lists.length; i++) {
            value.append(i == 0 ? "" : ",").append(a.lists[i].name());
        }
        if (a.minor) {
            because.add(p.listChild);
        }
        if (a.lists[a.lists.length - 1].isSexual()) {
            because.add(p.listSexual);
        }
        if (a.lists.length > 1) {
            because.add(p.listOtherForm);
        }
        return new Explanation(value.toString(), because);
    }

    private List<String> dimensionReasons(Assessment a, Dimension d, Phrases p) {
        IloList list = a.reportedList[d.ordinal()];
        List<String> because = new ArrayList<>(6);
        Set<String> given = a.request.indicators();
        String[] phrasesInList = p.indicator[list.ordinal()];
        for (int i = 0; i < indicators.size(); i++) {
            if (!a.inEffect[i] || phrasesInList[i] == null || indicators.get(i).dimension() != d) {
                continue;
            }
            int sign = given.contains(indicators.get(i).code()) ? -1 : firstSignFor(a, i);
            because.add(sign < 0 ? phrasesInList[i] : p.indicatorFromSign[list.ordinal()][sign]);
        }
        int[] c = a.reported[d.ordinal()];
        because.add(p.dimensionRule(list, c[0], c[1], c[2]));
        return because;
    }

    /** The first given sign (catalogue order) that maps to an indicator, or -1. */
    private int firstSignFor(Assessment a, int indicator) {
        for (int s = 0; s < signTarget.length; s++) {
            if (signTarget[s] == indicator && a.request.signs().contains(signs.get(s).code())) {
                return s;
            }
        }
        return -1;
    }

    private static void addActions(Assessment a, Phrases p, List<String> because) {
        Set<Action> actions = a.request.situation().actions();
        if (!actions.isEmpty()) {
            if (a.actionsPhrase == null) {
                StringBuilder list = new StringBuilder(24 * actions.size());
                for (Action action : actions) {
                    if (list.length() > 0) {
                        list.append(", ");
                    }
                    list.append(p.action[action.ordinal()]);
                }
                a.actionsPhrase = p.texts.format("screening.explain.actions", list);
            }
            because.add(a.actionsPhrase);
        }
        for (Dimension d : DIMENSIONS) {
            if (d.isRecruitment() && a.positive(d)) {
                because.add(p.actionFromDimension[d.ordinal()]);
            }
        }
    }

    private static void addPurposes(Assessment a, String[] phrases, List<String> because) {
        for (ExploitationForm form : a.purposes) {
            because.add(phrases[form.ordinal()]);
        }
    }

    private void addMeans(Assessment a, Phrases p, List<String> because) {
        for (Dimension d : DIMENSIONS) {
            if (d != Dimension.EX && a.positive(d)) {
                because.add(p.meansDimension[d.ordinal()]);
            }
        }
        for (int i = 0; i < indicators.size(); i++) {
            if (!a.inEffect[i]) {
                continue;
            }
            Indicator indicator = indicators.get(i);
            Dimension d = indicator.dimension();
            if ((d == Dimension.CR || d == Dimension.CD) && !a.positive(d) && strongInApplicableList(a, indicator)) {
                because.add(p.meansStrongIndicator[i]);
            }
        }
    }

    private static boolean strongInApplicableList(Assessment a, Indicator indicator) {
        for (IloList list : a.lists) {
            if (indicator.strengths().get(list) == Strength.STRONG) {
                return true;
            }
        }
        return false;
    }

    private static List<String> purposeReasons(Assessment a, ExploitationForm form, Phrases p) {
        Situation situation = a.request.situation();
        String reason;
        if (form == ExploitationForm.FORCED_CRIME) {
            reason = p.againstWill;
        } else if (form == ExploitationForm.LABOUR || !situation.thirdPartyProfits()) {
            reason = p.dimensionPositive[Dimension.EX.ordinal()];
        } else {
            reason = p.thirdPartyProfits;
        }
        return form != ExploitationForm.LABOUR || situation.exploitation().contains(form)
                ? List.of(p.formGiven[form.ordinal()], reason)
                : List.of(reason);
    }

    private List<String> aggravatingReasons(Assessment a, AggravatingCircumstance circumstance, Phrases p) {
        List<String> because = new ArrayList<>(2);
        switch (circumstance) {
            case ABUSE_OF_VULNERABILITY:
                if (a.positive(Dimension.VR)) {
                    because.add(p.dimensionPositive[Dimension.VR.ordinal()]);
                }
                if (a.positive(Dimension.VD)) {
                    because.add(p.dimensionPositive[Dimension.VD.ordinal()]);
                }
                break;
            case VIOLENCE_THREATS_COERCION:
                for (int i = 0; i < indicators.size(); i++) {
                    if (a.inEffect[i] && violenceIndicator[i]) {
                        because.add(p.violenceIndicator[i]);
                    }
                }
                for (int s = 0; s < signs.size(); s++) {
                    String code = signs.get(s).code();
                    if (catalogue.violenceSigns().contains(code) && a.request.signs().contains(code)) {
                        because.add(p.violenceSign[s]);
                    }
                }
                break;
            case LIFE_ENDANGERED:
                because.add(p.lifeEndangered);
                break;
            default:
                throw new IllegalStateException("unexplained circumstance " + circumstance);
        }
        return because;
    }

    /** The Belgian qualification when at least {@code from}, and aggravated smuggling when it applies. */
    private static List<String> lawAndSmuggling(Assessment a, Phrases p, Qualification from) {
        boolean law = a.belgium.compareTo(from) >= 0;
        boolean aggravated = a.smuggling == Smuggling.AGGRAVATED_SMUGGLING;
        String lawPhrase = p.belgianLaw[a.belgium.ordinal()];
        String smugglingPhrase = p.smuggling[Smuggling.AGGRAVATED_SMUGGLING.ordinal()];
        return law && aggravated ? List.of(lawPhrase, smugglingPhrase)
                : law ? List.of(lawPhrase) : List.of(smugglingPhrase);
    }

    private static List<String> adviceReasons(Assessment a, Advice advice, Phrases p) {
        switch (advice) {
            case CALL_112:
                return p.urgent.because();
            case REFER_TO_SPECIALISED_CENTRE:
                return lawAndSmuggling(a, p, Qualification.LIKELY);
            case CONSULT_SPECIALISED_CENTRE:
                return List.of(p.belgianLaw[a.belgium.ordinal()]);
            case ALERT_CHILD_PROTECTION:
                return List.of(p.presumedMinor, a.advice.contains(Advice.REFER_TO_SPECIALISED_CENTRE)
                        ? p.adviceGiven[Advice.REFER_TO_SPECIALISED_CENTRE.ordinal()]
                        : p.adviceGiven[Advice.CONSULT_SPECIALISED_CENTRE.ordinal()]);
            case INFORM_OF_RIGHTS:
                return List.of(p.smuggling[Smuggling.SMUGGLING.ordinal()], p.noTraffickingSigns);
            case STAY_ALERT:
                return List.of(p.texts.format("screening.explain.belowThresholds",
                        a.request.signs().size(), a.request.indicators().size()));
            default:
                throw new IllegalStateException("unexplained advice " + advice);
        }
    }

    /** The request-independent phrases of one language, prepared once. */
    private final class Phrases {
        final Texts texts;
        final String listChild;
        final String listSexual;
        final String listOtherForm;
        final String adultCombination;
        final String childCombination;
        final String thirdPartyProfits;
        final String againstWill;
        final String minorNoMeans;
        final String presumedVictim;
        final String noMeansAdult;
        final String presumedMinor;
        final String lifeEndangered;
        final String borderFacts;
        final String citizenshipUnknown;
        final String noTraffickingSigns;
        final Explanation urgent;
        final Explanation minorByDoubt;
        final Explanation[] minorByAge = new Explanation[18];
        final String[] dimensionPositive = new String[DIMENSIONS.length];
        final String[] actionFromDimension = new String[DIMENSIONS.length];
        final String[] meansDimension = new String[DIMENSIONS.length];
        final String[] action = new String[Action.values().length];
        final String[] purpose = new String[ExploitationForm.values().length];
        final String[] purposeWithoutAction = new String[ExploitationForm.values().length];
        final String[] formGiven = new String[ExploitationForm.values().length];
        final String[] formWithAction = new String[ExploitationForm.values().length];
        final String[] belgianLaw = new String[Qualification.values().length];
        final String[] smuggling = new String[Smuggling.values().length];
        final String[] aggravatedBy = new String[AggravatingCircumstance.values().length];
        final String[] adviceGiven = new String[Advice.values().length];
        final String[] listLabel = new String[IloList.values().length];
        /** [list][indicator]: "CODE (label): strength", null when not in the list. */
        final String[][] indicator = new String[IloList.values().length][];
        /** [list][sign]: the sign's indicator phrase, naming the sign. */
        final String[][] indicatorFromSign = new String[IloList.values().length][];
        final String[] meansStrongIndicator;
        final String[] violenceIndicator;
        final String[] violenceSign;
        /** Dimension-rule phrases seen so far; at most a few thousand (counts are bounded by the catalogue). */
        private final Map<Integer, String> dimensionRules = new ConcurrentHashMap<>();

        Phrases(Texts t) {
            texts = t;
            String language = t.language;
            listChild = t.get("screening.explain.listChild");
            listSexual = t.get("screening.explain.listSexual");
            listOtherForm = t.get("screening.explain.listOtherForm");
            adultCombination = t.get("screening.explain.adultCombination");
            childCombination = t.get("screening.explain.childCombination");
            thirdPartyProfits = t.get("screening.explain.thirdPartyProfits");
            againstWill = t.get("screening.explain.againstWill");
            minorNoMeans = t.get("screening.explain.minorNoMeans");
            presumedVictim = t.get("screening.explain.presumedVictim");
            noMeansAdult = t.get("screening.explain.noMeansAdult");
            presumedMinor = t.get("screening.explain.presumedMinor");
            lifeEndangered = t.get("screening.explain.lifeEndangered");
            borderFacts = t.get("screening.explain.borderFacts");
            citizenshipUnknown = t.get("screening.explain.citizenshipUnknown");
            noTraffickingSigns = t.get("screening.explain.noTraffickingSigns");
            urgent = new Explanation("urgent=true", List.of(t.get("screening.explain.immediateDanger")));
            minorByDoubt = new Explanation("presumedMinor=true", List.of(t.get("screening.explain.maybeMinor")));
            for (int age = 0; age < minorByAge.length; age++) {
                minorByAge[age] = new Explanation("presumedMinor=true",
                        List.of(t.format("screening.explain.ageUnder18", age)));
            }
            for (Dimension d : DIMENSIONS) {
                String label = catalogue.dimension(d).labels().get(language);
                dimensionPositive[d.ordinal()] = t.format("screening.explain.dimensionPositive", d, label);
                actionFromDimension[d.ordinal()] = t.format("screening.explain.actionFromDimension", d, label);
                meansDimension[d.ordinal()] = t.format("screening.explain.meansDimension", d, label);
            }
            for (Action a : Action.values()) {
                action[a.ordinal()] = t.label(a) + " (" + a.name() + ")";
            }
            for (ExploitationForm f : ExploitationForm.values()) {
                String label = t.label(f);
                purpose[f.ordinal()] = t.format("screening.explain.purpose", label, f);
                purposeWithoutAction[f.ordinal()] = t.format("screening.explain.purposeWithoutAction", label, f);
                formGiven[f.ordinal()] = t.format("screening.explain.formGiven", label, f);
                formWithAction[f.ordinal()] = t.format("screening.explain.formWithAction", label, f);
            }
            for (Qualification q : Qualification.values()) {
                belgianLaw[q.ordinal()] = t.format("screening.explain.belgianLaw", t.label(q), q);
            }
            for (Smuggling s : Smuggling.values()) {
                smuggling[s.ordinal()] = t.format("screening.explain.smuggling", t.label(s), s);
            }
            for (AggravatingCircumstance c : AggravatingCircumstance.values()) {
                aggravatedBy[c.ordinal()] = t.format("screening.explain.aggravatedBy", t.label(c), c);
            }
            for (Advice advice : Advice.values()) {
                adviceGiven[advice.ordinal()] = t.format("screening.explain.advice", t.label(advice), advice);
            }
            int n = indicators.size();
            meansStrongIndicator = new String[n];
            violenceIndicator = new String[n];
            for (int i = 0; i < n; i++) {
                Indicator ind = indicators.get(i);
                String label = ind.labels().get(language);
                meansStrongIndicator[i] = t.format("screening.explain.meansStrongIndicator", ind.code(), label);
                violenceIndicator[i] = t.format("screening.explain.violenceIndicator", ind.code(), label);
            }
            violenceSign = new String[signs.size()];
            for (int s = 0; s < signs.size(); s++) {
                violenceSign[s] = t.format("screening.explain.violenceSign", signs.get(s).code(),
                        signs.get(s).labels().get(language));
            }
            for (IloList list : IloList.values()) {
                listLabel[list.ordinal()] = t.label(list);
                String[] inList = new String[n];
                for (int i = 0; i < n; i++) {
                    Indicator ind = indicators.get(i);
                    Strength strength = ind.strengths().get(list);
                    if (strength != null) {
                        inList[i] = t.format("screening.explain.indicator", ind.code(), labelIn(ind, list, language),
                                t.label(strength));
                    }
                }
                indicator[list.ordinal()] = inList;
                String[] fromSign = new String[signs.size()];
                for (int s = 0; s < signs.size(); s++) {
                    Indicator ind = indicators.get(signTarget[s]);
                    Strength strength = ind.strengths().get(list);
                    if (strength != null) {
                        fromSign[s] = t.format("screening.explain.indicatorFromSign", ind.code(),
                                labelIn(ind, list, language), t.label(strength), signs.get(s).code(),
                                signs.get(s).labels().get(language));
                    }
                }
                indicatorFromSign[list.ordinal()] = fromSign;
            }
        }

        /** "in the list … : 1 strong, 2 medium, 0 weak, which meets the ILO rule …", cached per list and counts. */
        String dimensionRule(IloList list, int strong, int medium, int weak) {
            if ((strong | medium | weak) >= 64) {
                return texts.format("screening.explain.dimensionRule", listLabel[list.ordinal()], list, strong, medium, weak);
            }
            Integer key = ((list.ordinal() * 64 + strong) * 64 + medium) * 64 + weak;
            String phrase = dimensionRules.get(key);
            if (phrase == null) {
                phrase = texts.format("screening.explain.dimensionRule", listLabel[list.ordinal()], list, strong, medium,
                        weak);
                dimensionRules.putIfAbsent(key, phrase);
            }
            return phrase;
        }

        private String labelIn(Indicator indicator, IloList list, String language) {
            Map<String, String> specific = indicator.labelsInList().get(list);
            return (specific != null ? specific : indicator.labels()).get(language);
        }
    }
}
