package be.ariadne.screening;

/**
 * The six ILO dimensions, in the contract's order. Their labels live in the catalogue; the
 * codes are fixed by the result contract ({@code ilo.dimensions.DR} … {@code VD}).
 */
public enum Dimension {
    /** Deceptive recruitment (including transfer and transport). */
    DR,
    /** Coercive recruitment. */
    CR,
    /** Recruitment by abuse of vulnerability. */
    VR,
    /** Exploitative conditions of work. */
    EX,
    /** Coercion at destination. */
    CD,
    /** Abuse of vulnerability at destination. */
    VD;

    /** Whether this dimension evidences recruitment (the action element). */
    public boolean isRecruitment() {
        return this == DR || this == CR || this == VR;
    }
}
