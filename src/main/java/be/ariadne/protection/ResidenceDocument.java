package be.ariadne.protection;

/** The residence document that goes with a phase of the procedure. */
public enum ResidenceDocument {
    /** Annex 15 (since 20 May 2017); it does not mention the trafficking procedure, for the victim's safety. */
    ANNEX_15,
    /** Attestation d'immatriculation / attest van immatriculatie. */
    REGISTRATION_CERTIFICATE,
    /** Electronic A card: temporary stay. */
    A_CARD,
    /** Electronic B card: unlimited stay. */
    B_CARD
}
