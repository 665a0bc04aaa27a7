package be.ariadne.casefile;

import java.util.Map;

/**
 * A part of a case contributed by another module (e.g. the victim-status procedure contributes
 * {@link Compartment#RESIDENCE}). Implement it as a Spring bean. The case file calls it only for
 * callers who may read that compartment, and leaves it out otherwise.
 */
public interface CompartmentPart {
    /** The compartment the part belongs to. */
    Compartment compartment();

    /**
     * The part's data for {@code GET /api/v1/cases/{code}}, merged into that compartment's object.
     * Called only when the caller may read the compartment; must not check access again.
     */
    Map<String, Object> read(CaseRef ref);

    /** An htmx fragment URL the case overview loads in that compartment's section, or null. */
    String fragmentUrl(CaseRef ref);
}
