package be.ariadne.screening;

/** What was done to the person: the action element of trafficking (contract codes, never rename). */
public enum Action {
    RECRUITED, TRANSPORTED, TRANSFERRED, HARBOURED, RECEIVED, CONTROL_TAKEN
}
