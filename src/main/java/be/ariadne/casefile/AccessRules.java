package be.ariadne.casefile;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * What a user may do with one case, from their policy row and their relation to the case. Plain
 * Java, no state:
 * <ul>
 *   <li>a user of the holding centre gets their row in full;</li>
 *   <li>a user of a partner organisation gets their row restricted to the compartments currently
 *       shared with that organisation;</li>
 *   <li>an active break-glass grant adds READ of every compartment of the user's row;</li>
 *   <li>anything else: nothing (the case is invisible).</li>
 * </ul>
 */
final class AccessRules {
    private AccessRules() {
    }

    static Map<Compartment, Access> effective(Map<Compartment, Access> row, boolean holder, Set<Compartment> shared,
                                              boolean breakGlass) {
        Map<Compartment, Access> out = new EnumMap<>(Compartment.class);
        if (row.isEmpty()) return Map.of();
        if (holder) {
            out.putAll(row);
        } else {
            for (Compartment c : shared) {
                Access a = row.get(c);
                if (a != null) out.put(c, a);
            }
        }
        if (breakGlass) {
            for (Compartment c : row.keySet()) out.putIfAbsent(c, Access.READ);
        }
        return Collections.unmodifiableMap(out);
    }
}
