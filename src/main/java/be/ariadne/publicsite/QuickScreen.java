package be.ariadne.publicsite;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** TEMPORARY until the screening engine is merged: the quick-screen signs. */
@Component
class QuickScreen {
    record Sign(String code, String label, String explanation) {
    }

    private static final List<String> CODES = List.of("NO_FREEDOM_OF_MOVEMENT", "LITTLE_SOCIAL_CONTACT", "DOCUMENTS_CONFISCATED",
            "FEAR_OF_TALKING", "FEAR_OF_PEOPLE_AROUND", "DISTRUST_OF_AUTHORITIES", "EXTREME_WORK_CONDITIONS",
            "ONSITE_ACCOMMODATION", "NO_PAY", "DEBT_TO_PAY_OFF", "SIGNS_OF_VIOLENCE");

    List<Sign> signs(Locale locale) {
        return CODES.stream().map(c -> new Sign(c, c, c)).toList();
    }

    boolean known(String code) {
        return CODES.contains(code);
    }
}
