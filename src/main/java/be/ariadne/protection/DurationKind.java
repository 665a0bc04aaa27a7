package be.ariadne.protection;

/** The durations a rule set defines; {@link #key()} is the key in {@code protection/durations.json}. */
public enum DurationKind {
    REFLECTION_PERIOD("reflectionPeriod"),
    REGISTRATION_CERTIFICATE("registrationCertificate"),
    REGISTRATION_CERTIFICATE_EXTENSION("registrationCertificateExtension"),
    A_CARD("aCard"),
    A_CARD_RENEWAL("aCardRenewal");

    private final String key;

    DurationKind(String key) {
        this.key = key;
    }

    /** The key of this duration in the data file. */
    public String key() {
        return key;
    }
}
