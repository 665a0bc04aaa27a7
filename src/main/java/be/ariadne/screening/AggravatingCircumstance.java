package be.ariadne.screening;

/** Aggravating circumstances of trafficking (Belgian Criminal Code, art. 433septies), in canonical order. */
public enum AggravatingCircumstance {
    MINOR, ABUSE_OF_VULNERABILITY, VIOLENCE_THREATS_COERCION, LIFE_ENDANGERED
}
