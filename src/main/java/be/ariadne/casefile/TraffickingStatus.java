package be.ariadne.casefile;

/** HTCDS {@code vic_TraffickingStatus}: PossibleVictimOfTrafficking, ActualVictimOfTrafficking, NotAVictimOfTrafficking. */
public enum TraffickingStatus {
    POSSIBLE_VICTIM,
    ACTUAL_VICTIM,
    NOT_A_VICTIM
}
