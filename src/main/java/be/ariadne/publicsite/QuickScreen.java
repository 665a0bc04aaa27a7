package be.ariadne.publicsite;

import be.ariadne.screening.IndicatorCatalogue;
import be.ariadne.screening.ScreeningEngine;
import be.ariadne.screening.ScreeningRequest;
import be.ariadne.screening.ScreeningResult;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The quick screen as the public uses it: the eleven warning signs of the screening catalogue,
 * with their labels and plain explanations in the page's language, and the screening engine's
 * evaluation of the immediate-danger answer and the signs. Pure computation: nothing is stored.
 */
@Component
class QuickScreen {
    /** A warning sign as a page shows it. */
    public record Sign(String code, String label, String explanation) {
    }

    private final ScreeningEngine engine = ScreeningEngine.standard();

    List<Sign> signs(Locale locale) {
        return catalogue().signs().stream().map(s -> new Sign(s.code(), s.label(locale), s.explanation(locale))).toList();
    }

    boolean known(String code) {
        return catalogue().sign(code).isPresent();
    }

    /** Evaluates the answers; every sign must be {@link #known(String) known}. */
    ScreeningResult evaluate(boolean immediateDanger, Boolean maybeMinor, Collection<String> signs, Locale locale) {
        ScreeningRequest request = ScreeningRequest.builder()
                .immediateDanger(immediateDanger)
                .maybeMinor(Boolean.TRUE.equals(maybeMinor))
                .signs(signs.toArray(String[]::new))
                .build();
        return engine.evaluate(request, locale);
    }

    private IndicatorCatalogue catalogue() {
        return engine.catalogue();
    }
}
