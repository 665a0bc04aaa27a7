package be.ariadne.shared;

/**
 * The thing does not exist, or the caller may not know it exists: both answer 404 so that
 * existence itself does not leak.
 */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
