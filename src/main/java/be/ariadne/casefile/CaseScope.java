package be.ariadne.casefile;

import be.ariadne.casefile.IdentityRestrictions.IdentityPart;
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
 * (null when none is in use); {@code viaBreakGlass} lists those compartments; {@code identityParts}
 * the parts of IDENTITY the actor may see when they may read IDENTITY (all of them but for the
 * roles restricted by {@code casefile/identity-restrictions.csv}).
 */
record CaseScope(CaseRef ref, Actor actor, Map<Compartment, Access> access, Long breakGlassGrant, Set<Compartment> viaBreakGlass,
                 Set<IdentityPart> identityParts) {
    CaseScope {
        access = Collections.unmodifiableMap(access.isEmpty() ? new EnumMap<>(Compartment.class) : new EnumMap<>(access));
        viaBreakGlass = viaBreakGlass == null || viaBreakGlass.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(viaBreakGlass));
        identityParts = identityParts == null ? IdentityPart.ALL
                : identityParts.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(identityParts));
    }

    /** A scope without field-level restriction of IDENTITY. */
    CaseScope(CaseRef ref, Actor actor, Map<Compartment, Access> access, Long breakGlassGrant, Set<Compartment> viaBreakGlass) {
        this(ref, actor, access, breakGlassGrant, viaBreakGlass, IdentityPart.ALL);
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

    /**
     * Whether the scope may see this field (null: any field) of this kind of record, as far as the
     * identity parts go (IDENTITY's records are covered by {@code casefile/identity-restrictions.csv};
     * every other record is not restricted at field level). The compartment is checked apart.
     */
    boolean reads(String entity, String field) {
        return reads(identityParts, entity, field);
    }

    /** As {@link #reads(String, String)}, for given identity parts (the search: no case yet). */
    static boolean reads(Set<IdentityPart> parts, String entity, String field) {
        boolean identityRecord = false;
        for (IdentityPart p : IdentityPart.values()) {
            if (!p.entity.equals(entity)) continue;
            identityRecord = true;
            if (parts.contains(p) && p.covers(entity, field)) return true;
        }
        return !identityRecord;
    }

    /** Whether the scope may see some field of this kind of record (identity parts only; see {@link #reads(String, String)}). */
    boolean reads(EntitySpec e) {
        return reads(e.name, null);
    }

    boolean reads(EntitySpec e, FieldSpec f) {
        return reads(e.name, f.name);
    }

    /** Whether every field of this kind of record is within the scope's identity parts (needed to write it). */
    boolean readsAll(EntitySpec e) {
        return e.fields.stream().allMatch(f -> reads(e.name, f.name));
    }

    /** As {@link #require(Compartment, Access)}, and the record within the scope's identity parts. */
    void require(EntitySpec e, Access a) {
        if (!e.perRowCompartment()) require(e.compartment, a);
        requireParts(e, a);
    }

    /** Only the identity parts: {@code READ} needs some field of the record, {@code WRITE} all of them. */
    void requireParts(EntitySpec e, Access a) {
        if (!(a == Access.WRITE ? readsAll(e) : reads(e))) {
            throw new AccessDeniedException("no " + a + " access to " + e.name + " of case " + ref.code());
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
