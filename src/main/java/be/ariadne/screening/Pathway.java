package be.ariadne.screening;

/** How a presumed victim was recruited, named after the positive recruitment dimension. */
public enum Pathway {
    /** Dimension DR positive. */
    DECEPTION(Dimension.DR),
    /** Dimension CR positive. */
    COERCION(Dimension.CR),
    /** Dimension VR positive. */
    ABUSE_OF_VULNERABILITY(Dimension.VR);

    private final Dimension dimension;

    Pathway(Dimension dimension) {
        this.dimension = dimension;
    }

    /** The recruitment dimension this pathway is named after. */
    public Dimension dimension() {
        return dimension;
    }
}
