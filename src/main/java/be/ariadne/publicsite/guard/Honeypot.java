package be.ariadne.publicsite.guard;

/**
 * A field people never see (visually hidden, {@code aria-hidden}, out of the tab order, no
 * autocomplete) that form-filling robots fill in. A submission with it filled is answered as if
 * accepted, and nothing is stored. No third-party captcha.
 */
public final class Honeypot {
    public static final String FIELD = "website";

    private Honeypot() {
    }

    public static boolean caught(String value) {
        return value != null && !value.isEmpty();
    }
}
