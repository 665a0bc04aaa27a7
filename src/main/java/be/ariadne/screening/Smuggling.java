package be.ariadne.screening;

/** Qualification of the border facts under the law on smuggling of migrants. */
public enum Smuggling {
    NONE, SMUGGLING, AGGRAVATED_SMUGGLING
}
