package be.ariadne.screening;

/** The four ILO indicator lists (adult/child × labour/sexual exploitation), in canonical order. */
public enum IloList {
    ADULT_LABOUR, CHILD_LABOUR, ADULT_SEXUAL, CHILD_SEXUAL;

    public boolean isChild() {
        return this == CHILD_LABOUR || this == CHILD_SEXUAL;
    }

    public boolean isSexual() {
        return this == ADULT_SEXUAL || this == CHILD_SEXUAL;
    }
}
