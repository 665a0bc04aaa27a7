package be.ariadne.publicsite;

import java.time.LocalDate;
import java.util.List;

/** A report that passed every check: trimmed, within limits, ready to store. */
record Concern(
        boolean urgent,
        String postalCode,
        String municipality,
        String place,
        LocalDate seenOn,
        boolean ongoing,
        String whatSeen,
        String aboutWhom,
        List<String> signs,
        String otherSigns,
        boolean fromSelfCheck,
        PublicReport.Contact contact) {
}
