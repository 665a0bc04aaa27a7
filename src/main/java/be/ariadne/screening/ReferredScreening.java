package be.ariadne.screening;

import java.time.LocalDate;
import java.util.List;

/**
 * The screening behind a referral, as the specialised centre that receives the referral reads it:
 * what was entered, the result exactly as evaluated, the place and the date, and the sign described
 * outside the list. Never the referring organisation's own notes.
 *
 * @param signalId         the signal's id
 * @param organisationCode the organisation that holds the signal (the referrer)
 * @param observedOn       when the situation was observed
 * @param postalCode       Belgian postal code of the place, or {@code null}
 * @param municipality     municipality of the place, or {@code null}
 * @param requestJson      the screening request, contract JSON
 * @param resultJson       the result as evaluated, contract JSON
 * @param catalogueVersion the catalogue version the result was evaluated with
 * @param resultLanguage   language of the result's explanation
 * @param presumedMinor    the result's {@code presumedMinor}
 * @param urgent           the result's {@code urgent}
 * @param belgium          the result's {@code trafficking.belgium}
 * @param signs            the quick-screen sign codes entered
 * @param indicators       the indicator codes entered
 * @param otherSign        a sign outside the list, in the professional's words, or {@code null}
 */
public record ReferredScreening(long signalId, String organisationCode, LocalDate observedOn, String postalCode,
                                String municipality, String requestJson, String resultJson, String catalogueVersion,
                                String resultLanguage, boolean presumedMinor, boolean urgent, Qualification belgium,
                                List<String> signs, List<String> indicators, String otherSign) {
    public ReferredScreening {
        signs = signs == null ? List.of() : List.copyOf(signs);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
