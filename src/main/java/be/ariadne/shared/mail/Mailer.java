package be.ariadne.shared.mail;

/**
 * Sends plain-text e-mail when an SMTP server is configured ({@code spring.mail.host}); otherwise
 * does nothing and says so, so that callers can show the information on screen instead.
 * Messages must never contain a victim's identity: at most a case code and a link.
 */
public interface Mailer {
    boolean enabled();

    /** Returns true when the message was handed to the SMTP server. */
    boolean send(String to, String subject, String body);
}
