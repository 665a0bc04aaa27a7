package be.ariadne.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an attacker can do with a published table, written for the tests independently of the
 * production algorithm: it reads only the {@link PublishedTable} (plus, for the positivity check,
 * the true counts), builds its own equations (cells, margins and total always as separate
 * unknowns, so with one dimension "cell = margin" is an equation), computes an explicit basis of
 * the null space over the rationals, and calls a suppressed value recoverable when every basis
 * vector is zero there.
 */
final class LinearAttack {

    private final List<String> labels = new ArrayList<>();
    private final List<Boolean> suppressed = new ArrayList<>();
    private final List<Map<Integer, Integer>> equations = new ArrayList<>();
    /** Sums of equations of one dimension, for the positivity check only (linearly they add nothing). */
    private final List<Map<Integer, Integer>> derivedLines = new ArrayList<>();

    LinearAttack(PublishedTable table) {
        List<Dimension> dimensions = table.dimensions();
        List<Integer> cellVariables = new ArrayList<>();
        for (PublishedCell cell : table.cells()) {
            cellVariables.add(variable("cell " + cell.values(), cell.count().isSuppressed()));
        }
        Map<Dimension, Map<String, Integer>> marginVariables = new LinkedHashMap<>();
        for (Dimension dimension : dimensions) {
            Map<String, Integer> byValue = new LinkedHashMap<>();
            for (PublishedMargin margin : table.margins(dimension)) {
                byValue.put(margin.value(), variable("margin " + dimension.wireName() + "=" + margin.value(),
                        margin.count().isSuppressed()));
            }
            marginVariables.put(dimension, byValue);
        }
        int total = variable("total", table.total().isSuppressed());
        for (int d = 0; d < dimensions.size(); d++) {
            Map<String, Integer> byValue = marginVariables.get(dimensions.get(d));
            for (Map.Entry<String, Integer> margin : byValue.entrySet()) {
                Map<Integer, Integer> equation = new LinkedHashMap<>();
                for (int c = 0; c < table.cells().size(); c++) {
                    if (table.cells().get(c).values().get(d).equals(margin.getKey())) {
                        equation.put(cellVariables.get(c), 1);
                    }
                }
                equation.put(margin.getValue(), -1);
                equations.add(equation);
            }
            Map<Integer, Integer> sum = new LinkedHashMap<>();
            for (int m : byValue.values()) {
                sum.put(m, 1);
            }
            sum.put(total, -1);
            equations.add(sum);
        }
        if (dimensions.size() >= 2) {
            // For every subset S of a dimension's values: cells with a value in S + margins of the
            // values outside S − total = 0. Enumerated outright (at most 2^8 subsets per dimension).
            for (int d = 0; d < dimensions.size(); d++) {
                List<Map.Entry<String, Integer>> margins = new ArrayList<>(marginVariables.get(dimensions.get(d)).entrySet());
                for (int subset = 0; subset < (1 << margins.size()); subset++) {
                    Map<Integer, Integer> line = new LinkedHashMap<>();
                    for (int v = 0; v < margins.size(); v++) {
                        if ((subset & (1 << v)) != 0) {
                            for (int c = 0; c < table.cells().size(); c++) {
                                if (table.cells().get(c).values().get(d).equals(margins.get(v).getKey())) {
                                    line.put(cellVariables.get(c), 1);
                                }
                            }
                        } else {
                            line.put(margins.get(v).getValue(), 1);
                        }
                    }
                    line.put(total, -1);
                    derivedLines.add(line);
                }
            }
        }
    }

    private int variable(String label, boolean isSuppressed) {
        labels.add(label);
        suppressed.add(isSuppressed);
        return labels.size() - 1;
    }

    /** Labels of the suppressed values the published ones determine exactly. */
    Set<String> recoverable() {
        List<Integer> unknowns = new ArrayList<>();
        for (int x = 0; x < labels.size(); x++) {
            if (suppressed.get(x)) {
                unknowns.add(x);
            }
        }
        int n = unknowns.size();
        Rational[][] a = new Rational[equations.size()][n];
        for (int e = 0; e < equations.size(); e++) {
            for (int j = 0; j < n; j++) {
                Integer coefficient = equations.get(e).get(unknowns.get(j));
                a[e][j] = coefficient == null ? Rational.ZERO : Rational.of(coefficient);
            }
        }
        // Reduced row echelon form over the rationals.
        int rank = 0;
        int[] pivotOfRow = new int[equations.size()];
        boolean[] isPivot = new boolean[n];
        for (int j = 0; j < n && rank < a.length; j++) {
            int p = -1;
            for (int i = rank; i < a.length; i++) {
                if (!a[i][j].isZero()) {
                    p = i;
                    break;
                }
            }
            if (p < 0) {
                continue;
            }
            Rational[] t = a[p];
            a[p] = a[rank];
            a[rank] = t;
            Rational inverse = Rational.of(1).divide(a[rank][j]);
            for (int c = 0; c < n; c++) {
                a[rank][c] = a[rank][c].multiply(inverse);
            }
            for (int i = 0; i < a.length; i++) {
                if (i != rank && !a[i][j].isZero()) {
                    Rational f = a[i][j];
                    for (int c = 0; c < n; c++) {
                        if (!a[rank][c].isZero()) {
                            a[i][c] = a[i][c].subtract(f.multiply(a[rank][c]));
                        }
                    }
                }
            }
            pivotOfRow[rank] = j;
            isPivot[j] = true;
            rank++;
        }
        // One null vector per free column f: z_f = 1, z_pivot(r) = −a[r][f].
        boolean[] free = new boolean[n];
        for (int f = 0; f < n; f++) {
            if (isPivot[f]) {
                continue;
            }
            Rational[] z = new Rational[n];
            java.util.Arrays.fill(z, Rational.ZERO);
            z[f] = Rational.of(1);
            for (int r = 0; r < rank; r++) {
                z[pivotOfRow[r]] = a[r][f].negate();
            }
            checkNullVector(unknowns, z);
            for (int j = 0; j < n; j++) {
                if (!z[j].isZero()) {
                    free[j] = true;
                }
            }
        }
        Set<String> result = new LinkedHashSet<>();
        for (int j = 0; j < n; j++) {
            if (!free[j]) {
                result.add(labels.get(unknowns.get(j)));
            }
        }
        return result;
    }

    /** Guards the checker itself: the vector must satisfy every original equation. */
    private void checkNullVector(List<Integer> unknowns, Rational[] z) {
        for (Map<Integer, Integer> equation : equations) {
            Rational sum = Rational.ZERO;
            for (int j = 0; j < unknowns.size(); j++) {
                Integer coefficient = equation.get(unknowns.get(j));
                if (coefficient != null) {
                    sum = sum.add(Rational.of(coefficient).multiply(z[j]));
                }
            }
            if (!sum.isZero()) {
                throw new AssertionError("checker bug: not a null vector");
            }
        }
    }

    /**
     * Lines (the equations, and for two or more dimensions the sums of one dimension's equations
     * that add up to the total) whose suppressed values all enter with the same sign and whose
     * true sum equals their number: since suppressed values are at least 1, each of them is 1.
     *
     * @param trueCounts the true count of every variable, by label
     */
    Set<String> forcedLines(Map<String, Long> trueCounts) {
        Set<String> result = new LinkedHashSet<>();
        List<Map<Integer, Integer>> lines = new ArrayList<>(equations);
        lines.addAll(derivedLines);
        for (Map<Integer, Integer> equation : lines) {
            int count = 0;
            long sum = 0;
            Set<Integer> signs = new java.util.HashSet<>();
            List<String> names = new ArrayList<>();
            for (Map.Entry<Integer, Integer> term : equation.entrySet()) {
                if (suppressed.get(term.getKey())) {
                    count++;
                    String label = labels.get(term.getKey());
                    sum += trueCounts.get(label);
                    signs.add(term.getValue());
                    names.add(label);
                }
            }
            if (count > 0 && signs.size() == 1 && sum == count) {
                result.add(names.toString());
            }
        }
        return result;
    }

    /** Every variable's label, in the attack's order. */
    List<String> labels() {
        return labels;
    }
}
