package be.ariadne.screening;

/**
 * How to reach a specialised centre, as shown to a professional after a screening.
 *
 * @param organisationCode the centre's organisation code (e.g. {@code PAG_ASA})
 * @param name             its name as people know it
 * @param phone            the number to call, as dialled (e.g. {@code +32…}), or {@code null}
 * @param email            an e-mail address, or {@code null}
 */
public record CentreContact(String organisationCode, String name, String phone, String email) {
}
