package be.ariadne.screening;

import be.ariadne.screening.IndicatorCatalogue.Indicator;
import be.ariadne.screening.IndicatorCatalogue.Sign;
import be.ariadne.screening.ScreeningRequest.Person;
import be.ariadne.screening.ScreeningRequest.Situation;
import be.ariadne.screening.ScreeningResult.DimensionScore;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Evaluates a screening exactly as the contract {@code screening.md} says (rules 1–13). Pure:
 * no clock, no I/O, no shared mutable state; the same request always gives the same result, and
 * one engine may serve any number of threads.
 *
 * <p>The catalogue is compiled once into arrays, so an evaluation costs a few small arrays plus
 * the result (and its explanation).
 */
public final class ScreeningEngine {

    private static final int DIMENSIONS = Dimension.values().length;
    private static final int STRONG = Strength.STRONG.ordinal();
    private static final int MEDIUM = Strength.MEDIUM.ordinal();
    private static final int WEAK = Strength.WEAK.ordinal();
    private static final byte NOT_IN_LIST = -1;
    private static final Dimension[] RECRUITMENT = {Dimension.DR, Dimension.CR, Dimension.VR};
    /** Forms whose purpose is established when given and (someone else profits, or EX positive). */
    private static final ExploitationForm[] PROFIT_FORMS = {
        ExploitationForm.SEXUAL, ExploitationForm.BEGGING, ExploitationForm.ORGAN_REMOVAL,
        ExploitationForm.FORCED_MARRIAGE, ExploitationForm.ILLEGAL_ADOPTION, ExploitationForm.SURROGACY};
    private static final IloList[][] LISTS = {
        {IloList.ADULT_LABOUR}, {IloList.ADULT_SEXUAL}, {IloList.ADULT_LABOUR, IloList.ADULT_SEXUAL},
        {IloList.CHILD_LABOUR}, {IloList.CHILD_SEXUAL}, {IloList.CHILD_LABOUR, IloList.CHILD_SEXUAL}};

    private final IndicatorCatalogue catalogue;
    private final Map<String, Integer> indicatorIndex;
    private final Map<String, Integer> signTarget;
    private final int[] dimensionOf;
    /** [list ordinal][indicator index]: strength ordinal, or NOT_IN_LIST. */
    private final byte[][] strength;
    private final boolean[] violenceIndicator;
    private final Set<String> violenceSigns;
    private final Explainer explainer;

    /** An engine over a catalogue. */
    public ScreeningEngine(IndicatorCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        List<Indicator> indicators = catalogue.indicators();
        int n = indicators.size();
        indicatorIndex = new HashMap<>(n * 2);
        dimensionOf = new int[n];
        strength = new byte[IloList.values().length][n];
        violenceIndicator = new boolean[n];
        for (int i = 0; i < n; i++) {
            Indicator indicator = indicators.get(i);
            indicatorIndex.put(indicator.code(), i);
            dimensionOf[i] = indicator.dimension().ordinal();
            for (IloList list : IloList.values()) {
                Strength s = indicator.strengths().get(list);
                strength[list.ordinal()][i] = s == null ? NOT_IN_LIST : (byte) s.ordinal();
            }
            violenceIndicator[i] = catalogue.violenceIndicators().contains(indicator.code());
        }
        signTarget = new HashMap<>();
        for (Sign sign : catalogue.signs()) {
            signTarget.put(sign.code(), indicatorIndex.get(sign.indicator()));
        }
        violenceSigns = catalogue.violenceSigns();
        explainer = new Explainer(catalogue);
    }

    /** The engine over the standard catalogue, created once. */
    public static ScreeningEngine standard() {
        return Standard.INSTANCE;
    }

    /** The catalogue this engine evaluates with. */
    public IndicatorCatalogue catalogue() {
        return catalogue;
    }

    /** Evaluates a request, explaining in English. */
    public ScreeningResult evaluate(ScreeningRequest request) {
        return evaluate(request, Locale.ENGLISH);
    }

    /**
     * Evaluates a request, explaining in the locale's language (en, fr, nl or de; English otherwise).
     *
     * @throws IllegalArgumentException when the request holds a sign or indicator code the catalogue
     *                                  does not know ({@link ScreeningJson} never lets one through)
     */
    public ScreeningResult evaluate(ScreeningRequest request, Locale locale) {
        Objects.requireNonNull(request, "request");
        Assessment a = assess(request);
        return new ScreeningResult(a.urgent, a.minor, request.signs().size(),
                new ScreeningResult.Ilo(List.of(a.lists), scores(a), a.presumedVictim, a.pathways),
                new ScreeningResult.Trafficking(a.belgium, a.international, List.copyOf(a.purposes), a.aggravating),
                a.smuggling, a.protectionProcedureOpen, a.advice,
                explainer.explain(a, Texts.of(locale)), catalogue.version());
    }

    Assessment assess(ScreeningRequest request) {
        Assessment a = new Assessment(request);
        Person person = request.person();
        Situation situation = request.situation();
        Set<ExploitationForm> forms = situation.exploitation();

        // Rules 1 and 2.
        a.minor = person.age() != null ? person.age() < 18 : person.maybeMinor();
        a.urgent = situation.immediateDanger();

        // Rule 3: the lists that apply.
        boolean sexual = forms.contains(ExploitationForm.SEXUAL);
        boolean labour = !sexual || forms.size() > 1;
        a.lists = LISTS[(a.minor ? 3 : 0) + (labour && sexual ? 2 : sexual ? 1 : 0)];

        // The indicators in effect: those given plus those the signs map to.
        boolean[] inEffect = new boolean[dimensionOf.length];
        for (String code : request.indicators()) {
            Integer index = indicatorIndex.get(code);
            if (index == null) {
                throw new IllegalArgumentException("unknown indicator code " + code);
            }
            inEffect[index] = true;
        }
        for (String code : request.signs()) {
            Integer index = signTarget.get(code);
            if (index == null) {
                throw new IllegalArgumentException("unknown sign code " + code);
            }
            inEffect[index] = true;
        }
        a.inEffect = inEffect;

        // The ILO dimension rule, in each list that applies.
        int[][] counts = new int[a.lists.length][DIMENSIONS * 3];
        boolean strongCoercion = false;
        for (int i = 0; i < inEffect.length; i++) {
            if (!inEffect[i]) {
                continue;
            }
            int d = dimensionOf[i];
            for (int slot = 0; slot < a.lists.length; slot++) {
                int s = strength[a.lists[slot].ordinal()][i];
                if (s != NOT_IN_LIST) {
                    counts[slot][d * 3 + s]++;
                    if (s == STRONG && (d == Dimension.CR.ordinal() || d == Dimension.CD.ordinal())) {
                        strongCoercion = true;
                    }
                }
            }
        }
        for (int d = 0; d < DIMENSIONS; d++) {
            int chosen = 0;
            for (int slot = 0; slot < a.lists.length; slot++) {
                if (dimensionRule(counts[slot][d * 3 + STRONG], counts[slot][d * 3 + MEDIUM], counts[slot][d * 3 + WEAK])) {
                    a.positive[d] = true;
                    chosen = slot;
                    break;
                }
            }
            a.reportedList[d] = a.lists[chosen];
            a.reported[d][0] = counts[chosen][d * 3 + STRONG];
            a.reported[d][1] = counts[chosen][d * 3 + MEDIUM];
            a.reported[d][2] = counts[chosen][d * 3 + WEAK];
        }
        boolean recruitmentPositive = a.positive(Dimension.DR) || a.positive(Dimension.CR) || a.positive(Dimension.VR);

        // Rule 4: action.
        a.action = !situation.actions().isEmpty() || recruitmentPositive;

        // Rule 5: purposes established.
        boolean exploitative = a.positive(Dimension.EX);
        if (exploitative) {
            a.purposes.add(ExploitationForm.LABOUR);
        }
        for (ExploitationForm form : PROFIT_FORMS) {
            if (forms.contains(form) && (situation.thirdPartyProfits() || exploitative)) {
                a.purposes.add(form);
            }
        }
        if (forms.contains(ExploitationForm.FORCED_CRIME) && situation.againstWill()) {
            a.purposes.add(ExploitationForm.FORCED_CRIME);
        }
        boolean purpose = !a.purposes.isEmpty();

        // Rule 6: means.
        a.means = recruitmentPositive || a.positive(Dimension.CD) || a.positive(Dimension.VD) || strongCoercion;

        // Rule 7: Belgian law.
        boolean anyPositive = false;
        for (boolean p : a.positive) {
            anyPositive |= p;
        }
        if (a.action && purpose) {
            a.belgium = Qualification.LIKELY;
        } else if (request.signs().size() >= catalogue.possibleSignThreshold() || anyPositive
                || (!forms.isEmpty() && a.action) || (purpose && !a.action)) {
            a.belgium = Qualification.POSSIBLE;
        } else {
            a.belgium = Qualification.UNLIKELY;
        }

        // ILO combination rule (adult or child) and pathways.
        a.presumedVictim = a.minor
                ? a.action && exploitative
                : recruitmentPositive && exploitative && (a.positive(Dimension.CD) || a.positive(Dimension.VD));
        if (a.presumedVictim && recruitmentPositive) {
            List<Pathway> pathways = new ArrayList<>(3);
            for (Pathway pathway : Pathway.values()) {
                if (a.positive(pathway.dimension())) {
                    pathways.add(pathway);
                }
            }
            a.pathways = pathways;
        } else {
            a.pathways = List.of();
        }

        // Rule 8: Palermo.
        if ((a.action && purpose && (a.means || a.minor)) || a.presumedVictim) {
            a.international = Qualification.LIKELY;
        } else if (a.belgium.atLeastPossible()) {
            a.international = Qualification.POSSIBLE;
        } else {
            a.international = Qualification.UNLIKELY;
        }

        // Rule 9: aggravating circumstances (the facts hold regardless; listed only with trafficking).
        a.vulnerability = a.positive(Dimension.VR) || a.positive(Dimension.VD);
        boolean violence = false;
        for (int i = 0; i < inEffect.length && !violence; i++) {
            violence = inEffect[i] && violenceIndicator[i];
        }
        if (!violence) {
            for (String sign : violenceSigns) {
                if (request.signs().contains(sign)) {
                    violence = true;
                    break;
                }
            }
        }
        a.violence = violence;
        boolean aggravatingFacts = a.minor || a.vulnerability || violence || situation.lifeEndangered();
        if (a.belgium.atLeastPossible() && aggravatingFacts) {
            List<AggravatingCircumstance> aggravating = new ArrayList<>(4);
            if (a.minor) {
                aggravating.add(AggravatingCircumstance.MINOR);
            }
            if (a.vulnerability) {
                aggravating.add(AggravatingCircumstance.ABUSE_OF_VULNERABILITY);
            }
            if (violence) {
                aggravating.add(AggravatingCircumstance.VIOLENCE_THREATS_COERCION);
            }
            if (situation.lifeEndangered()) {
                aggravating.add(AggravatingCircumstance.LIFE_ENDANGERED);
            }
            a.aggravating = aggravating;
        } else {
            a.aggravating = List.of();
        }

        // Rule 10: smuggling (the law protects non-EU/EEA/Swiss nationals).
        if (!situation.border().allTrue() || catalogue.isEuEeaOrSwiss(person.citizenship())) {
            a.smuggling = Smuggling.NONE;
        } else {
            a.smuggling = aggravatingFacts ? Smuggling.AGGRAVATED_SMUGGLING : Smuggling.SMUGGLING;
        }

        // Rule 11.
        a.protectionProcedureOpen = a.belgium.atLeastPossible() || a.smuggling == Smuggling.AGGRAVATED_SMUGGLING;

        // Rule 12: advice, in order.
        List<Advice> advice = new ArrayList<>(3);
        if (a.urgent) {
            advice.add(Advice.CALL_112);
        }
        boolean refer = a.belgium == Qualification.LIKELY || a.smuggling == Smuggling.AGGRAVATED_SMUGGLING;
        if (refer) {
            advice.add(Advice.REFER_TO_SPECIALISED_CENTRE);
        } else if (a.belgium == Qualification.POSSIBLE) {
            advice.add(Advice.CONSULT_SPECIALISED_CENTRE);
        }
        if (a.minor && (refer || a.belgium == Qualification.POSSIBLE)) {
            advice.add(Advice.ALERT_CHILD_PROTECTION);
        }
        if (advice.isEmpty()) {
            if (a.smuggling == Smuggling.SMUGGLING) {
                advice.add(Advice.INFORM_OF_RIGHTS);
            } else if (!request.signs().isEmpty() || !request.indicators().isEmpty()) {
                advice.add(Advice.STAY_ALERT);
            } else {
                advice.add(Advice.NO_ACTION_NEEDED);
            }
        }
        a.advice = advice;
        return a;
    }

    /**
     * The ILO dimension rule: at least 2 strong; or 1 strong and 1 medium or weak; or 3 medium; or
     * 2 medium and 1 weak. Weak indicators alone never suffice, nor does one strong alone.
     */
    static boolean dimensionRule(int strong, int medium, int weak) {
        return strong >= 2
                || (strong >= 1 && medium + weak >= 1)
                || medium >= 3
                || (medium >= 2 && weak >= 1);
    }

    private static Map<Dimension, DimensionScore> scores(Assessment a) {
        Map<Dimension, DimensionScore> scores = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            int[] c = a.reported[d.ordinal()];
            boolean positive = a.positive[d.ordinal()];
            scores.put(d, !positive && c[0] == 0 && c[1] == 0 && c[2] == 0
                    ? DimensionScore.NONE
                    : new DimensionScore(positive, c[0], c[1], c[2]));
        }
        return scores;
    }

    private static final class Standard {
        static final ScreeningEngine INSTANCE = new ScreeningEngine(IndicatorCatalogue.standard());
    }
}
