package be.ariadne.exchange;

/**
 * HTCDS 2.0 {@code vic_TraffickingStatus}: {@code PossibleVictimOfTrafficking},
 * {@code ActualVictimOfTrafficking}, {@code NotAVictimOfTrafficking}. Statistics do not count
 * cases with {@link #NOT_A_VICTIM}.
 */
public enum TraffickingStatus {
    POSSIBLE_VICTIM,
    ACTUAL_VICTIM,
    NOT_A_VICTIM
}
