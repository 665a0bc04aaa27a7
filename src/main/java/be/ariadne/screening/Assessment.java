package be.ariadne.screening;

import java.util.EnumSet;
import java.util.List;

/** The working facts of one evaluation, kept for the explanation. Confined to one call. */
final class Assessment {

    final ScreeningRequest request;
    boolean urgent;
    boolean minor;
    IloList[] lists;
    /** Indicators in effect, by catalogue index. */
    boolean[] inEffect;
    /** Per dimension: positive in at least one applicable list. */
    final boolean[] positive = new boolean[Dimension.values().length];
    /** Per dimension: the list whose counts are reported. */
    final IloList[] reportedList = new IloList[Dimension.values().length];
    /** Per dimension: counts strong, medium, weak in the reported list. */
    final int[][] reported = new int[Dimension.values().length][3];
    boolean action;
    final EnumSet<ExploitationForm> purposes = EnumSet.noneOf(ExploitationForm.class);
    boolean means;
    boolean presumedVictim;
    List<Pathway> pathways;
    Qualification belgium;
    Qualification international;
    boolean vulnerability;
    boolean violence;
    List<AggravatingCircumstance> aggravating;
    Smuggling smuggling;
    boolean protectionProcedureOpen;
    List<Advice> advice;
    /** The "action: …" phrase, built once per explanation. */
    String actionsPhrase;

    Assessment(ScreeningRequest request) {
        this.request = request;
    }

    boolean positive(Dimension dimension) {
        return positive[dimension.ordinal()];
    }
}
