package be.ariadne.publicsite.training;

import be.ariadne.shared.mail.Mailer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The e-mails to registrants, in the language they registered in. Sent only when SMTP is
 * configured and the site's public address ({@code ariadne.publicsite.base-url}) is known, so that
 * a link in an e-mail never depends on the Host header of a request. Otherwise the pages show the
 * personal link and say to keep it.
 */
@Component
class TrainingMails {
    private final Mailer mailer;
    private final MessageSource messages;
    private final ZoneId zone;
    private final String baseUrl;

    TrainingMails(Mailer mailer, MessageSource messages,
                  @Value("${ariadne.publicsite.time-zone:Europe/Brussels}") ZoneId zone,
                  @Value("${ariadne.publicsite.base-url:}") String baseUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.zone = zone;
        this.baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.strip().replaceAll("/+$", "");
    }

    /** Whether registrants receive their personal link by e-mail (else the page shows it). */
    boolean enabled() {
        return mailer.enabled() && baseUrl != null;
    }

    /** The personal link, absolute when the public address is configured. */
    String personalLink(String token, String requestBase) {
        return (baseUrl != null ? baseUrl : requestBase) + "/training/registration/" + token;
    }

    boolean registered(Registration r, TrainingSession s, String link, int waitingPosition) {
        if (!enabled()) return false;
        Locale l = Locale.forLanguageTag(r.language());
        String status = waitingPosition > 0 ? msg("public.training.mail.waiting", l, waitingPosition) : msg("public.training.mail.place", l);
        return mailer.send(r.email(), msg("public.training.mail.registered.subject", l, s.topic()),
                msg("public.training.mail.registered.body", l, r.fullName(), s.topic(), when(s, l), status, link));
    }

    void promoted(Registration r, TrainingSession s) {
        if (!enabled()) return;
        Locale l = Locale.forLanguageTag(r.language());
        mailer.send(r.email(), msg("public.training.mail.promoted.subject", l, s.topic()),
                msg("public.training.mail.promoted.body", l, r.fullName(), s.topic(), when(s, l)));
    }

    void sessionCancelled(Registration r, TrainingSession s) {
        if (!enabled()) return;
        Locale l = Locale.forLanguageTag(r.language());
        mailer.send(r.email(), msg("public.training.mail.cancelled.subject", l, s.topic()),
                msg("public.training.mail.cancelled.body", l, r.fullName(), s.topic(), when(s, l)));
    }

    private String when(TrainingSession s, Locale l) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(l).format(s.start(zone));
    }

    private String msg(String key, Locale l, Object... args) {
        return messages.getMessage(key, args, l);
    }
}
