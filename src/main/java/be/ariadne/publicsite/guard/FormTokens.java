package be.ariadne.publicsite.guard;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * One-time form tokens: each public form carries a random token that the session remembers. A
 * form sent twice (double click, reload) carries the same token, from which the same secret is
 * derived ({@link FormSecrets}), so the storage, keyed on it, keeps one record. A token the session
 * does not know (a form copied from elsewhere, or opened in a session that has ended) is refused.
 */
@Component
public class FormTokens {
    static final String ATTRIBUTE = "publicsite.forms";
    /** Enough for a few tabs open at once; the oldest token is forgotten first. */
    static final int KEPT = 12;

    /** A form handed out: its token and what it is for. */
    public record PendingForm(String token, String purpose, Instant issuedAt) implements Serializable {
    }

    public PendingForm issue(HttpSession session, String purpose) {
        PendingForm form = new PendingForm(Secrets.token(), purpose, Instant.now());
        Map<String, PendingForm> forms = forms(session);
        forms.put(form.token(), form);
        while (forms.size() > KEPT) forms.remove(forms.keySet().iterator().next());
        // Set again: the session store saves attributes that are set, not objects changed in place.
        session.setAttribute(ATTRIBUTE, forms);
        return form;
    }

    public Optional<PendingForm> find(HttpSession session, String purpose, String token) {
        if (session == null || token == null || !Secrets.looksLikeToken(token)) return Optional.empty();
        PendingForm form = forms(session).get(token);
        return form != null && form.purpose().equals(purpose) ? Optional.of(form) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static LinkedHashMap<String, PendingForm> forms(HttpSession session) {
        Object o = session.getAttribute(ATTRIBUTE);
        return o instanceof LinkedHashMap<?, ?> m ? new LinkedHashMap<>((Map<String, PendingForm>) m) : new LinkedHashMap<>();
    }
}
