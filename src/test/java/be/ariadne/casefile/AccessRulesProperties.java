package be.ariadne.casefile;

import static be.ariadne.casefile.Access.WRITE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Over any row, relation and sharing: access never exceeds the row, a partner reads only what is shared unless breaking glass, and writes only what is shared. */
class AccessRulesProperties {
    @Property
    void accessNeverExceedsTheRowNorWhatIsShared(@ForAll("rows") Map<Compartment, Access> row, @ForAll boolean holder,
                                                 @ForAll("compartments") Set<Compartment> shared, @ForAll boolean breakGlass) {
        Map<Compartment, Access> eff = AccessRules.effective(row, holder, shared, breakGlass);
        eff.forEach((c, a) -> assertThat(row.get(c).includes(a)).isTrue());
        if (!holder && !breakGlass) assertThat(shared).containsAll(eff.keySet());
        if (!holder) eff.forEach((c, a) -> {
            if (a == WRITE) assertThat(shared).contains(c);
        });
        if (breakGlass && !row.isEmpty()) assertThat(eff.keySet()).containsAll(row.keySet());
    }

    @Provide
    Arbitrary<Map<Compartment, Access>> rows() {
        return Arbitraries.maps(Arbitraries.of(Compartment.class), Arbitraries.of(Access.class)).ofMaxSize(7);
    }

    @Provide
    Arbitrary<Set<Compartment>> compartments() {
        return Arbitraries.of(Compartment.class).set();
    }
}
