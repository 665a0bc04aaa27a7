package be.ariadne.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/** A distribution over values with integer weights, read from a JSON object {@code {"value": weight}}. */
final class Weighted<T> {

    private final List<T> values;
    private final int[] cumulative;
    private final int total;

    private Weighted(List<T> values, int[] weights) {
        this.values = List.copyOf(values);
        this.cumulative = new int[weights.length];
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalStateException("negative weight for " + values.get(i));
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
        if (sum <= 0) {
            throw new IllegalStateException("weights add up to nothing: " + values);
        }
        this.total = sum;
    }

    /** From {@code {"key": weight, …}}, keys turned into values by {@code parse}, in the file's order. */
    static <T> Weighted<T> of(JsonNode object, Function<String, T> parse) {
        List<T> values = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (var entry : object.properties()) {
            values.add(parse.apply(entry.getKey()));
            weights.add(entry.getValue().intValue());
        }
        return new Weighted<>(values, weights.stream().mapToInt(Integer::intValue).toArray());
    }

    static <T> Weighted<T> of(List<T> values, int[] weights) {
        return new Weighted<>(values, weights);
    }

    T pick(SplitMix64 random) {
        int r = random.nextInt(total);
        // The first value whose cumulative weight exceeds r (values of weight 0 are never chosen).
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] > r) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return values.get(low);
    }

    List<T> values() {
        return values;
    }

    /** Probability of each value (for checks). */
    double share(T value) {
        int index = values.indexOf(value);
        return index < 0 ? 0 : (cumulative[index] - (index == 0 ? 0 : cumulative[index - 1])) / (double) total;
    }
}
