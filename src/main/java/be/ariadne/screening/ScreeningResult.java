package be.ariadne.screening;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of a screening (contract {@code screening.md}, "Result"); immutable, with lists in
 * the contract's canonical order of codes. {@link ScreeningJson#write} renders it field for field.
 *
 * @param urgent                  the person is in immediate danger now
 * @param presumedMinor           the person is, or is presumed to be, under 18
 * @param signCount               number of distinct quick-screen signs given
 * @param ilo                     the ILO indicator assessment
 * @param trafficking             the legal qualifications of trafficking
 * @param smuggling               the qualification of the border facts
 * @param protectionProcedureOpen the victim-protection procedure is open to the person
 * @param advice                  what to do, in order
 * @param explanation             one entry per conclusion that is not a default
 * @param catalogue               version of the catalogue the screening was evaluated with
 */
public record ScreeningResult(boolean urgent, boolean presumedMinor, int signCount, Ilo ilo,
                              Trafficking trafficking, Smuggling smuggling, boolean protectionProcedureOpen,
                              List<Advice> advice, List<Explanation> explanation, String catalogue) {

    public ScreeningResult {
        Objects.requireNonNull(ilo, "ilo");
        Objects.requireNonNull(trafficking, "trafficking");
        Objects.requireNonNull(smuggling, "smuggling");
        Objects.requireNonNull(catalogue, "catalogue");
        advice = List.copyOf(advice);
        explanation = List.copyOf(explanation);
    }

    /**
     * The ILO indicator assessment.
     *
     * @param lists          the list(s) whose strengths applied
     * @param dimensions     the six dimensions, DR to VD in that order
     * @param presumedVictim the ILO adult or child combination rule holds
     * @param pathways       named after the positive recruitment dimensions, when a presumed victim
     */
    public record Ilo(List<IloList> lists, Map<Dimension, DimensionScore> dimensions, boolean presumedVictim,
                      List<Pathway> pathways) {

        public Ilo {
            lists = List.copyOf(lists);
            EnumMap<Dimension, DimensionScore> copy = new EnumMap<>(Dimension.class);
            copy.putAll(dimensions);
            if (copy.size() != Dimension.values().length || copy.containsValue(null)) {
                throw new IllegalArgumentException("ilo.dimensions must hold all six dimensions, got " + copy.keySet());
            }
            dimensions = Collections.unmodifiableMap(copy);
            pathways = List.copyOf(pathways);
        }

        /** The score of one dimension. */
        public DimensionScore dimension(Dimension dimension) {
            return dimensions.get(dimension);
        }
    }

    /**
     * One ILO dimension: the indicators in effect counted by strength (in the list that made it
     * positive, or the first applicable list), and whether the ILO dimension rule holds.
     */
    public record DimensionScore(boolean positive, int strong, int medium, int weak) {

        /** No indicator of the dimension in effect. */
        public static final DimensionScore NONE = new DimensionScore(false, 0, 0, 0);
    }

    /**
     * Legal qualifications of trafficking.
     *
     * @param belgium       Belgian law (action + purpose)
     * @param international Palermo Protocol (action + means + purpose; no means for a child)
     * @param exploitation  forms whose purpose is established
     * @param aggravating   aggravating circumstances (art. 433septies), when belgium is not UNLIKELY
     */
    public record Trafficking(Qualification belgium, Qualification international,
                              List<ExploitationForm> exploitation, List<AggravatingCircumstance> aggravating) {

        public Trafficking {
            Objects.requireNonNull(belgium, "belgium");
            Objects.requireNonNull(international, "international");
            exploitation = List.copyOf(exploitation);
            aggravating = List.copyOf(aggravating);
        }
    }

    /**
     * Why a conclusion was reached.
     *
     * @param conclusion the conclusion, as {@code path=VALUE} (e.g. {@code trafficking.belgium=LIKELY})
     * @param because    plain-language phrases naming the facts and indicators behind it
     */
    public record Explanation(String conclusion, List<String> because) {

        public Explanation {
            Objects.requireNonNull(conclusion, "conclusion");
            because = List.copyOf(because);
        }
    }
}
