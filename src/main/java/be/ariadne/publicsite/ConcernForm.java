package be.ariadne.publicsite;

import java.util.List;

/**
 * What the report form posts, as typed. Every field is a string so that nothing is lost or
 * refused by binding: {@link ConcernCheck} names each problem.
 */
record ConcernForm(
        String formToken,
        String website,
        String danger,
        String from,
        List<String> signs,
        String otherSigns,
        String whatSeen,
        String postalCode,
        String municipality,
        String place,
        String seenOn,
        String ongoing,
        String aboutWhom,
        String contactMe,
        String reporterName,
        String reporterPhone,
        String reporterEmail,
        String contactNotes) {

    ConcernForm {
        signs = signs == null ? List.of() : List.copyOf(signs.stream().filter(s -> s != null && !s.isBlank()).toList());
    }

    static ConcernForm start(String danger, List<String> signs, boolean fromSelfCheck) {
        return new ConcernForm(null, null, danger, fromSelfCheck ? "self-check" : null, signs, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    public boolean urgent() {
        return "yes".equals(danger);
    }

    public boolean fromSelfCheck() {
        return "self-check".equals(from);
    }

    public boolean ongoingTicked() {
        return ongoing != null && !ongoing.isBlank();
    }

    public boolean wantsContact() {
        return "yes".equals(contactMe);
    }
}
