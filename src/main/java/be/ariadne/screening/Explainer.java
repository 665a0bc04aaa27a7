package be.ariadne.screening;

import be.ariadne.screening.IndicatorCatalogue.Indicator;
import be.ariadne.screening.IndicatorCatalogue.Sign;
import be.ariadne.screening.ScreeningRequest.Situation;
import be.ariadne.screening.ScreeningResult.Explanation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rule 13: one explanation per conclusion that is not a default, in the order of the result's
 * fields, each naming the facts and indicators behind it. Labels come in the requested language;
 * codes stay codes, in brackets after their label. Every list is walked in catalogue or enum
 * order, so the text never depends on the order of the request's codes.
 */
final class Explainer {

    private final IndicatorCatalogue catalogue;
    private final List<Indicator> indicators;

    Explainer(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
        this.indicators = catalogue.indicators();
    }

    List<Explanation> explain(Assessment a, Texts t) {
        List<Explanation> out = new ArrayList<>(12);
        ScreeningRequest request = a.request;
        Situation situation = request.situation();

        if (a.urgent) {
            out.add(entry("urgent=true", t.get("screening.explain.immediateDanger")));
        }
        if (a.minor) {
            out.add(entry("presumedMinor=true", minorReason(a, t)));
        }
        if (a.minor || a.lists.length > 1 || a.lists[0] != IloList.ADULT_LABOUR) {
            List<String> because = new ArrayList<>(3);
            if (a.minor) {
                because.add(t.get("screening.explain.listChild"));
            }
            if (a.lists[a.lists.length - 1].isSexual()) {
                because.add(t.get("screening.explain.listSexual"));
            }
            if (a.lists.length > 1) {
                because.add(t.get("screening.explain.listOtherForm"));
            }
            StringBuilder value = new StringBuilder();
            for (IloList list : a.lists) {
                value.append(value.length() == 0 ? "" : ",").append(list.name());
            }
            out.add(new Explanation("ilo.lists=" + value, because));
        }
        for (Dimension d : Dimension.values()) {
            if (a.positive(d)) {
                out.add(new Explanation("ilo.dimensions." + d + ".positive=true", dimensionReasons(a, d, t)));
            }
        }
        if (a.presumedVictim) {
            List<String> because = new ArrayList<>(5);
            if (a.minor) {
                because.add(t.get("screening.explain.childCombination"));
                because.add(t.get("screening.explain.presumedMinor"));
                addActions(a, t, because);
                because.add(dimensionPositive(Dimension.EX, t));
            } else {
                because.add(t.get("screening.explain.adultCombination"));
                for (Dimension d : Dimension.values()) {
                    if (a.positive(d)) {
                        because.add(dimensionPositive(d, t));
                    }
                }
            }
            out.add(new Explanation("ilo.presumedVictim=true", because));
        }
        for (Pathway pathway : a.pathways) {
            out.add(entry("ilo.pathways=" + pathway, dimensionPositive(pathway.dimension(), t)));
        }

        if (a.belgium != Qualification.UNLIKELY) {
            List<String> because = new ArrayList<>(4);
            if (a.belgium == Qualification.LIKELY) {
                addActions(a, t, because);
                addPurposes(a, t, because, "screening.explain.purpose");
            } else {
                int signs = request.signs().size();
                if (signs >= catalogue.possibleSignThreshold()) {
                    because.add(t.format("screening.explain.signCount", signs, catalogue.possibleSignThreshold()));
                }
                for (Dimension d : Dimension.values()) {
                    if (a.positive(d)) {
                        because.add(dimensionPositive(d, t));
                    }
                }
                if (a.action) {
                    if (!situation.exploitation().isEmpty()) {
                        addActions(a, t, because);
                    }
                    for (ExploitationForm form : situation.exploitation()) {
                        because.add(t.format("screening.explain.formWithAction", t.label(form), form));
                    }
                } else {
                    addPurposes(a, t, because, "screening.explain.purposeWithoutAction");
                }
            }
            out.add(new Explanation("trafficking.belgium=" + a.belgium, because));
        }
        if (a.international != Qualification.UNLIKELY) {
            List<String> because = new ArrayList<>(6);
            if (a.international == Qualification.LIKELY) {
                addActions(a, t, because);
                addPurposes(a, t, because, "screening.explain.purpose");
                if (a.minor) {
                    because.add(t.get("screening.explain.minorNoMeans"));
                }
                addMeans(a, t, because);
                if (a.presumedVictim) {
                    because.add(t.get("screening.explain.presumedVictim"));
                }
            } else {
                because.add(t.format("screening.explain.belgianLaw", t.label(a.belgium), a.belgium));
                if (a.action && !a.purposes.isEmpty() && !a.means && !a.minor) {
                    because.add(t.get("screening.explain.noMeansAdult"));
                }
            }
            out.add(new Explanation("trafficking.international=" + a.international, because));
        }
        for (ExploitationForm form : a.purposes) {
            out.add(new Explanation("trafficking.exploitation=" + form, purposeReasons(a, form, t)));
        }
        for (AggravatingCircumstance circumstance : a.aggravating) {
            out.add(new Explanation("trafficking.aggravating=" + circumstance, aggravatingReasons(a, circumstance, t)));
        }

        if (a.smuggling != Smuggling.NONE) {
            List<String> because = new ArrayList<>(4);
            because.add(t.get("screening.explain.borderFacts"));
            String citizenship = request.person().citizenship();
            because.add(citizenship == null
                    ? t.get("screening.explain.citizenshipUnknown")
                    : t.format("screening.explain.citizenshipNonEu", citizenship));
            if (a.smuggling == Smuggling.AGGRAVATED_SMUGGLING) {
                for (AggravatingCircumstance c : smugglingCauses(a)) {
                    because.add(t.format("screening.explain.aggravatedBy", t.label(c), c));
                }
            }
            out.add(new Explanation("smuggling=" + a.smuggling, because));
        }
        if (a.protectionProcedureOpen) {
            List<String> because = new ArrayList<>(2);
            if (a.belgium.atLeastPossible()) {
                because.add(t.format("screening.explain.belgianLaw", t.label(a.belgium), a.belgium));
            }
            if (a.smuggling == Smuggling.AGGRAVATED_SMUGGLING) {
                because.add(t.format("screening.explain.smuggling", t.label(a.smuggling), a.smuggling));
            }
            out.add(new Explanation("protectionProcedureOpen=true", because));
        }
        for (Advice advice : a.advice) {
            if (advice != Advice.NO_ACTION_NEEDED) {
                out.add(new Explanation("advice=" + advice, adviceReasons(a, advice, t)));
            }
        }
        return out;
    }

    private static Explanation entry(String conclusion, String because) {
        return new Explanation(conclusion, List.of(because));
    }

    private static String minorReason(Assessment a, Texts t) {
        Integer age = a.request.person().age();
        return age != null
                ? t.format("screening.explain.ageUnder18", age)
                : t.get("screening.explain.maybeMinor");
    }

    private String dimensionPositive(Dimension d, Texts t) {
        return t.format("screening.explain.dimensionPositive", d, catalogue.dimension(d).labels().get(t.language));
    }

    private List<String> dimensionReasons(Assessment a, Dimension d, Texts t) {
        IloList list = a.reportedList[d.ordinal()];
        List<String> because = new ArrayList<>();
        Set<String> givenIndicators = a.request.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            if (!a.inEffect[i] || indicator.dimension() != d) {
                continue;
            }
            Strength strength = indicator.strengths().get(list);
            if (strength == null) {
                continue;
            }
            String label = labelIn(indicator, list, t);
            Sign sign = givenIndicators.contains(indicator.code()) ? null : signFor(a, indicator);
            because.add(sign == null
                    ? t.format("screening.explain.indicator", indicator.code(), label, t.label(strength))
                    : t.format("screening.explain.indicatorFromSign", indicator.code(), label, t.label(strength),
                            sign.code(), sign.labels().get(t.language)));
        }
        int[] c = a.reported[d.ordinal()];
        because.add(t.format("screening.explain.dimensionRule", t.label(list), list, c[0], c[1], c[2]));
        return because;
    }

    private static String labelIn(Indicator indicator, IloList list, Texts t) {
        java.util.Map<String, String> specific = indicator.labelsInList().get(list);
        return (specific != null ? specific : indicator.labels()).get(t.language);
    }

    /** The first given sign (catalogue order) that maps to an indicator. */
    private Sign signFor(Assessment a, Indicator indicator) {
        for (Sign sign : catalogue.signs()) {
            if (sign.indicator().equals(indicator.code()) && a.request.signs().contains(sign.code())) {
                return sign;
            }
        }
        return null;
    }

    private void addActions(Assessment a, Texts t, List<String> because) {
        Set<Action> actions = a.request.situation().actions();
        if (!actions.isEmpty()) {
            StringBuilder list = new StringBuilder();
            for (Action action : actions) {
                if (list.length() > 0) {
                    list.append(", ");
                }
                list.append(t.label(action)).append(" (").append(action.name()).append(')');
            }
            because.add(t.format("screening.explain.actions", list));
        }
        for (Dimension d : Dimension.values()) {
            if (d.isRecruitment() && a.positive(d)) {
                because.add(t.format("screening.explain.actionFromDimension", d,
                        catalogue.dimension(d).labels().get(t.language)));
            }
        }
    }

    private static void addPurposes(Assessment a, Texts t, List<String> because, String key) {
        for (ExploitationForm form : a.purposes) {
            because.add(t.format(key, t.label(form), form));
        }
    }

    private void addMeans(Assessment a, Texts t, List<String> because) {
        for (Dimension d : Dimension.values()) {
            if (d != Dimension.EX && a.positive(d)) {
                because.add(t.format("screening.explain.meansDimension", d,
                        catalogue.dimension(d).labels().get(t.language)));
            }
        }
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            Dimension d = indicator.dimension();
            if (a.inEffect[i] && (d == Dimension.CR || d == Dimension.CD) && !a.positive(d)
                    && strongInApplicableList(a, indicator)) {
                because.add(t.format("screening.explain.meansStrongIndicator", indicator.code(),
                        indicator.labels().get(t.language)));
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

    private List<String> purposeReasons(Assessment a, ExploitationForm form, Texts t) {
        Situation situation = a.request.situation();
        List<String> because = new ArrayList<>(2);
        if (form != ExploitationForm.LABOUR || situation.exploitation().contains(form)) {
            because.add(t.format("screening.explain.formGiven", t.label(form), form));
        }
        if (form == ExploitationForm.FORCED_CRIME) {
            because.add(t.get("screening.explain.againstWill"));
        } else if (form == ExploitationForm.LABOUR || !situation.thirdPartyProfits()) {
            because.add(dimensionPositive(Dimension.EX, t));
        } else {
            because.add(t.get("screening.explain.thirdPartyProfits"));
        }
        return because;
    }

    private List<String> aggravatingReasons(Assessment a, AggravatingCircumstance circumstance, Texts t) {
        List<String> because = new ArrayList<>(2);
        switch (circumstance) {
            case MINOR:
                because.add(minorReason(a, t));
                break;
            case ABUSE_OF_VULNERABILITY:
                for (Dimension d : new Dimension[] {Dimension.VR, Dimension.VD}) {
                    if (a.positive(d)) {
                        because.add(dimensionPositive(d, t));
                    }
                }
                break;
            case VIOLENCE_THREATS_COERCION:
                for (int i = 0; i < indicators.size(); i++) {
                    Indicator indicator = indicators.get(i);
                    if (a.inEffect[i] && catalogue.violenceIndicators().contains(indicator.code())) {
                        because.add(t.format("screening.explain.violenceIndicator", indicator.code(),
                                indicator.labels().get(t.language)));
                    }
                }
                for (Sign sign : catalogue.signs()) {
                    if (catalogue.violenceSigns().contains(sign.code()) && a.request.signs().contains(sign.code())) {
                        because.add(t.format("screening.explain.violenceSign", sign.code(),
                                sign.labels().get(t.language)));
                    }
                }
                break;
            case LIFE_ENDANGERED:
                because.add(t.get("screening.explain.lifeEndangered"));
                break;
            default:
                throw new IllegalStateException("unexplained circumstance " + circumstance);
        }
        return because;
    }

    private static List<AggravatingCircumstance> smugglingCauses(Assessment a) {
        List<AggravatingCircumstance> causes = new ArrayList<>(4);
        if (a.minor) {
            causes.add(AggravatingCircumstance.MINOR);
        }
        if (a.vulnerability) {
            causes.add(AggravatingCircumstance.ABUSE_OF_VULNERABILITY);
        }
        if (a.violence) {
            causes.add(AggravatingCircumstance.VIOLENCE_THREATS_COERCION);
        }
        if (a.request.situation().lifeEndangered()) {
            causes.add(AggravatingCircumstance.LIFE_ENDANGERED);
        }
        return causes;
    }

    private List<String> adviceReasons(Assessment a, Advice advice, Texts t) {
        List<String> because = new ArrayList<>(2);
        switch (advice) {
            case CALL_112:
                because.add(t.get("screening.explain.immediateDanger"));
                break;
            case REFER_TO_SPECIALISED_CENTRE:
                if (a.belgium == Qualification.LIKELY) {
                    because.add(t.format("screening.explain.belgianLaw", t.label(a.belgium), a.belgium));
                }
                if (a.smuggling == Smuggling.AGGRAVATED_SMUGGLING) {
                    because.add(t.format("screening.explain.smuggling", t.label(a.smuggling), a.smuggling));
                }
                break;
            case CONSULT_SPECIALISED_CENTRE:
                because.add(t.format("screening.explain.belgianLaw", t.label(a.belgium), a.belgium));
                break;
            case ALERT_CHILD_PROTECTION:
                because.add(t.get("screening.explain.presumedMinor"));
                Advice centre = a.advice.contains(Advice.REFER_TO_SPECIALISED_CENTRE)
                        ? Advice.REFER_TO_SPECIALISED_CENTRE : Advice.CONSULT_SPECIALISED_CENTRE;
                because.add(t.format("screening.explain.advice", t.label(centre), centre));
                break;
            case INFORM_OF_RIGHTS:
                because.add(t.format("screening.explain.smuggling", t.label(a.smuggling), a.smuggling));
                because.add(t.get("screening.explain.noTraffickingSigns"));
                break;
            case STAY_ALERT:
                because.add(t.format("screening.explain.belowThresholds",
                        a.request.signs().size(), a.request.indicators().size()));
                break;
            default:
                throw new IllegalStateException("unexplained advice " + advice);
        }
        return because;
    }
}
