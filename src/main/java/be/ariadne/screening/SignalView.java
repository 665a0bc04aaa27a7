package be.ariadne.screening;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A saved signal as its readers see it. {@code requestJson} and {@code resultJson} are contract
 * JSON ({@code screening.md}); the result is exactly as evaluated with {@code catalogueVersion},
 * its explanation in {@code resultLanguage}.
 *
 * @param id               the signal's id
 * @param organisationCode the organisation that holds it
 * @param createdBy        username of who saved it ({@code system:…} or {@code system} for signals saved by the application)
 * @param createdAt        when it was saved
 * @param observedOn       when the situation was observed
 * @param postalCode       Belgian postal code of the place, or {@code null}
 * @param municipality     municipality of the place, or {@code null}
 * @param requestJson      the screening request, canonical contract JSON
 * @param resultJson       the result as evaluated, contract JSON
 * @param catalogueVersion the catalogue version the result was evaluated with
 * @param presumedMinor    the result's {@code presumedMinor}
 * @param urgent           the result's {@code urgent}
 * @param notes            free-text notes (decrypted), or {@code null}
 * @param status           OPEN, REFERRED or CLOSED
 * @param source           SCREENING or PUBLIC_REPORT
 * @param otherSign        a sign outside the list, as described by the professional, or {@code null}
 * @param resultLanguage   language of the result's explanation (en, fr, nl, de)
 * @param belgium          the result's {@code trafficking.belgium}
 */
public record SignalView(long id, String organisationCode, String createdBy, Instant createdAt, LocalDate observedOn,
                         String postalCode, String municipality, String requestJson, String resultJson,
                         String catalogueVersion, boolean presumedMinor, boolean urgent, String notes,
                         SignalStatus status, SignalSource source, String otherSign, String resultLanguage,
                         Qualification belgium) {
}
