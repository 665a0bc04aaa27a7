package be.ariadne.screening;

/**
 * A catalogue file that cannot be used: the message names the offending code and the problem
 * (e.g. {@code screening catalogue: indicator DR_JOB_NATURE: missing label in "de"}).
 */
public class InvalidCatalogueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidCatalogueException(String message) {
        super(message);
    }

    public InvalidCatalogueException(String message, Throwable cause) {
        super(message, cause);
    }
}
