package be.ariadne.referral;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.referral.Routing.Gender;
import be.ariadne.referral.Routing.Profile;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Routing properties over any postal code, any profile and any set of deactivated centres. */
class RoutingProperties {
    private static final List<Centre> SHIPPED = RoutingTest.shipped();

    @Property
    void theShippedDirectoryHasACentreForEveryPlaceAndProfile(@ForAll @IntRange(min = 1000, max = 9999) int postalCode,
                                                               @ForAll boolean minor, @ForAll Gender gender) {
        Routing.Suggestion s = Routing.suggest(SHIPPED, String.valueOf(postalCode), new Profile(minor, gender));
        assertThat(s.centre()).isPresent();
        assertThat(s.centre().get().areas().covers(postalCode)).isTrue();
        assertThat(s.centre().get().intake().minors()).isEqualTo(minor);
    }

    @Property
    void aSuggestionIsAlwaysAnActiveCentreThatTakesTheProfileAndServesThePlace(
            @ForAll @IntRange(min = 0, max = 10_500) int postalCode, @ForAll boolean minor, @ForAll Gender gender,
            @ForAll("deactivations") List<Boolean> inactive) {
        List<Centre> directory = new ArrayList<>();
        for (int i = 0; i < SHIPPED.size(); i++) {
            Centre c = SHIPPED.get(i);
            directory.add(new Centre(c.code(), c.name(), c.city(), null, null, null, c.languages(), c.intake(), c.areas(), c.sortKey(),
                    !inactive.get(i), 0));
        }
        Profile profile = new Profile(minor, gender);
        Routing.Suggestion s = Routing.suggest(directory, String.format("%04d", postalCode), profile);
        assertThat(s.childProtectionAlert()).isEqualTo(minor);
        s.centre().ifPresent(c -> {
            assertThat(c.active()).isTrue();
            assertThat(c.intake().takes(profile)).isTrue();
            assertThat(c.areas().covers(postalCode)).isTrue();
        });
        boolean someoneServes = directory.stream().anyMatch(c -> c.active() && c.intake().takes(profile)
                && postalCode >= 1000 && postalCode <= 9999 && c.areas().covers(postalCode));
        assertThat(s.centre().isPresent()).isEqualTo(someoneServes);
    }

    @Provide
    Arbitrary<List<Boolean>> deactivations() {
        return Arbitraries.of(true, false).list().ofSize(SHIPPED.size());
    }
}
