package be.ariadne.publicsite.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Any sequence of registrations, cancellations and capacity raises, applied as the storage
 * applies the rules: never more people with a place than places, nobody waits while a place is
 * free, and the waiting list moves up first come, first served.
 */
class TrainingRulesProperties {
    /** An operation: register (-1), raise capacity by n (-2 - n), or cancel registration number n (n ≥ 0). */
    @Provide
    Arbitrary<List<Integer>> operations() {
        return Arbitraries.oneOf(Arbitraries.just(-1), Arbitraries.integers().between(0, 40), Arbitraries.integers().between(-5, -3))
                .list().ofMaxSize(120);
    }

    @Property
    void placesNeverOverflowAndTheWaitingListMovesUpInOrder(@ForAll @IntRange(min = 1, max = 8) int initialCapacity,
                                                           @ForAll("operations") List<Integer> operations) {
        int capacity = initialCapacity;
        List<RegistrationStatus> status = new ArrayList<>();
        List<Integer> promotedInOrder = new ArrayList<>();
        for (int op : operations) {
            if (op == -1) {
                status.add(TrainingRules.placeFor(capacity, count(status, RegistrationStatus.REGISTERED)));
            } else if (op <= -3) {
                capacity += -2 - op;
                promote(status, capacity, promotedInOrder);
            } else if (op < status.size() && status.get(op) != RegistrationStatus.CANCELLED) {
                boolean hadPlace = status.get(op) == RegistrationStatus.REGISTERED;
                status.set(op, RegistrationStatus.CANCELLED);
                if (hadPlace) promote(status, capacity, promotedInOrder);
            }
            int registered = count(status, RegistrationStatus.REGISTERED);
            int waiting = count(status, RegistrationStatus.WAITING);
            assertThat(registered).isLessThanOrEqualTo(capacity);
            if (waiting > 0) assertThat(registered).isEqualTo(capacity);
        }
        // Whoever was promoted had arrived before everyone who still waits, and promotions followed arrival order.
        int firstStillWaiting = status.indexOf(RegistrationStatus.WAITING);
        if (firstStillWaiting >= 0) assertThat(promotedInOrder).allMatch(p -> p < firstStillWaiting);
        assertThat(promotedInOrder).isSorted();
    }

    private static void promote(List<RegistrationStatus> status, int capacity, List<Integer> promotedInOrder) {
        int n = TrainingRules.promotions(capacity, count(status, RegistrationStatus.REGISTERED), count(status, RegistrationStatus.WAITING));
        for (int i = 0; i < status.size() && n > 0; i++) {
            if (status.get(i) == RegistrationStatus.WAITING) {
                status.set(i, RegistrationStatus.REGISTERED);
                promotedInOrder.add(i);
                n--;
            }
        }
    }

    private static int count(List<RegistrationStatus> status, RegistrationStatus s) {
        return (int) status.stream().filter(s::equals).count();
    }
}
