package be.ariadne.screening;

/** Strength of an ILO indicator in a list; written {@code S}, {@code M}, {@code W} in the catalogue. */
public enum Strength {
    STRONG("S"), MEDIUM("M"), WEAK("W");

    private final String code;

    Strength(String code) {
        this.code = code;
    }

    /** The one-letter code used in the catalogue file. */
    public String code() {
        return code;
    }

    /** The strength for a one-letter catalogue code, or {@code null} when the code is not S, M or W. */
    public static Strength ofCode(String code) {
        for (Strength s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        return null;
    }
}
