package be.ariadne.privacy;

import be.ariadne.casefile.CaseRef;
import be.ariadne.casefile.Compartment;
import java.util.Set;

/**
 * The personal data of these compartments of the case has been erased (retention expired). Published
 * inside the erasure's transaction: a synchronous listener erasing its own data of those
 * compartments makes it part of the same all-or-nothing step; if it fails, nothing of the case is
 * erased and the next run tries again.
 */
public record CaseCompartmentsErased(CaseRef ref, Set<Compartment> compartments) {
}
