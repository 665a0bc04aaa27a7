package be.ariadne.casefile;

/**
 * A case as other modules refer to it: its internal id (for foreign keys and encryption bindings),
 * its pseudonymous code (for everything shown or logged), and the centre that holds it.
 * Holding a {@code CaseRef} grants nothing: check access with {@link CaseGuard}.
 */
public record CaseRef(long id, String code, long holdingOrganisationId, String holdingOrganisationCode) {
}
