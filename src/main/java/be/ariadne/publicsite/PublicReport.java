package be.ariadne.publicsite;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A concern reported by the public, as a centre's triage reads it. Holds nothing about the
 * connection it came from (no address, no session): the reporter is known only by what they chose
 * to write. {@code contact} is null when the report is anonymous.
 */
public record PublicReport(
        long id,
        Instant receivedAt,
        boolean urgent,
        String postalCode,
        String municipality,
        String place,
        LocalDate seenOn,
        boolean ongoing,
        String whatWasSeen,
        String aboutWhom,
        List<String> signs,
        String otherSigns,
        boolean fromSelfCheck,
        String language,
        Contact contact,
        List<Addition> additions,
        String routedCentre,
        Instant routedAt) {

    public PublicReport {
        signs = List.copyOf(signs);
        additions = List.copyOf(additions);
    }

    public boolean anonymous() {
        return contact == null;
    }

    /** How the reporter agreed to be reached; any part may be null, at least a phone or an e-mail is given. */
    public record Contact(String name, String phone, String email, String notes) {
    }

    /** Information the reporter added later with the receipt code. */
    public record Addition(Instant receivedAt, String text) {
    }
}
