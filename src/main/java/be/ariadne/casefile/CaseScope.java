package be.ariadne.casefile;

import be.ariadne.shared.Actor;
import be.ariadne.shared.SystemActor;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * What one actor may do with one case, computed live by {@link CaseGuard}. {@code breakGlassGrant}
 * is the id of the break-glass grant that opened compartments the actor could not read otherwise
 * (null when none is in use); {@code viaBreakGlass} lists those compartments.
 */
record CaseScope(CaseRef ref, Actor actor, Map<Compartment, Access> access, Long breakGlassGrant, Set<Compartment> viaBreakGlass) {
    CaseScope {
        access = Collections.unmodifiableMap(access.isEmpty() ? new EnumMap<>(Compartment.class) : new EnumMap<>(access));
        viaBreakGlass = viaBreakGlass == null || viaBreakGlass.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(viaBreakGlass));
    }

    /** The application acting on a case it was asked to act on (demo data, imports, referrals). */
    static CaseScope system(CaseRef ref, SystemActor actor) {
        Map<Compartment, Access> all = new EnumMap<>(Compartment.class);
        for (Compartment c : Compartment.values()) all.put(c, Access.WRITE);
        return new CaseScope(ref, actor, all, null, Set.of());
    }

    boolean may(Compartment c, Access a) {
        Access have = access.get(c);
        return have != null && have.includes(a);
    }

    void require(Compartment c, Access a) {
        if (!may(c, a)) {
            throw new AccessDeniedException("no " + a + " access to " + c + " of case " + ref.code());
        }
    }

    Set<Compartment> readable() {
        Set<Compartment> s = EnumSet.noneOf(Compartment.class);
        s.addAll(access.keySet());
        return s;
    }

    Set<Compartment> writable() {
        Set<Compartment> s = EnumSet.noneOf(Compartment.class);
        access.forEach((c, a) -> {
            if (a == Access.WRITE) s.add(c);
        });
        return s;
    }

    boolean holder() {
        return actor.organisationId() == ref.holdingOrganisationId() && !(actor instanceof SystemActor);
    }

    boolean system() {
        return actor instanceof SystemActor;
    }
}
