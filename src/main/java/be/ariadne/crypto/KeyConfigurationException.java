package be.ariadne.crypto;

/** The keys are missing, malformed or not those the database was encrypted with: the application must not start. */
public class KeyConfigurationException extends RuntimeException {
    public KeyConfigurationException(String message) {
        super(message);
    }
}
