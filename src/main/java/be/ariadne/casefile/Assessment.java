package be.ariadne.casefile;

import java.time.LocalDate;
import java.util.List;

/**
 * An assessment of the case, kept opaque: the referral module passes the screening's result as a
 * case's first assessment. Belongs to {@link Compartment#CASE_SUMMARY}; {@code resultJson} is
 * stored encrypted and returned as it was given.
 *
 * @param source           who or what assessed, e.g. {@code SCREENING}
 * @param catalogueVersion the indicator catalogue used, e.g. {@code ilo-2009+signs-1}
 * @param signs            quick-screen sign codes
 * @param indicators       indicator codes
 * @param resultJson       the full result as JSON text (may be null)
 * @param assessedOn       the date of the assessment (null: the registration date)
 */
public record Assessment(String source, String catalogueVersion, List<String> signs, List<String> indicators,
                         String resultJson, LocalDate assessedOn) {
    public Assessment {
        signs = signs == null ? List.of() : List.copyOf(signs);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
