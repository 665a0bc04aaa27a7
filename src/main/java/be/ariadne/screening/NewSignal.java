package be.ariadne.screening;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What is needed to save a signal. Texts are trimmed; blank counts as absent.
 *
 * @param request      the screening request (evaluated when saved)
 * @param otherSign    a sign outside the list, in the professional's words (at most 500 characters), or {@code null}
 * @param notes        free-text notes, may hold personal data: encrypted at rest (at most 4000 characters), or {@code null}
 * @param observedOn   when the situation was observed; {@code null} means today; never in the future
 * @param postalCode   Belgian postal code (4 digits, 1000–9999), or {@code null}
 * @param municipality municipality (at most 100 characters), or {@code null}; a screening saved by
 *                     a professional needs a postal code or a municipality
 * @param language     the language of the result's explanation; {@code null} means English
 */
public record NewSignal(ScreeningRequest request, String otherSign, String notes, LocalDate observedOn,
                        String postalCode, String municipality, Locale language) {

    public NewSignal {
        Objects.requireNonNull(request, "request");
        otherSign = clean(otherSign);
        notes = clean(notes);
        postalCode = clean(postalCode);
        municipality = clean(municipality);
        language = language == null ? Locale.ENGLISH : language;
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
