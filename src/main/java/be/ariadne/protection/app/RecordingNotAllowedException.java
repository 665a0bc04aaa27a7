package be.ariadne.protection.app;

import org.springframework.security.access.AccessDeniedException;

/** The caller may write the case's RESIDENCE but their role may not record this type of event (403). */
class RecordingNotAllowedException extends AccessDeniedException {
    static final String RULE = "EVENT_TYPE_NOT_ALLOWED_FOR_ROLE";

    RecordingNotAllowedException(String message) {
        super(message);
    }
}
