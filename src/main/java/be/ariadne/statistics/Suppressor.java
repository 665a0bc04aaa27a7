package be.ariadne.statistics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Decides which values of a {@link SuppressionModel} to suppress.
 *
 * <ol>
 * <li>Primary: every value with 0 &lt; count &lt; k.</li>
 * <li>Complementary, repeated until nothing is exposed:
 *   <ul>
 *   <li>a suppressed value is <em>recoverable</em> when every vector of the null space of the
 *   constraint matrix restricted to the suppressed values is zero there (its column is a coloop);
 *   exact integer Gauss–Jordan elimination finds them: a row of the reduced echelon form with a
 *   single non-zero entry pins that unknown;</li>
 *   <li>the first recoverable value u is protected by a circuit: published values are added in
 *   order of preference (cells before margins before the total, smallest count first, then
 *   publication order), taken only from the lines of u and of the values already added (Prim-like
 *   growth), until u's column is a linear combination of the other suppressed columns; only the
 *   added values with a non-zero coefficient in that combination are suppressed. The combination
 *   is a null vector that is non-zero on u and on each of them, so all of them are protected,
 *   and suppressing more never exposes a protected value again;</li>
 *   <li>a line (equation) whose suppressed values all have the same sign and add up to their
 *   number is exposed too: every suppressed value is at least 1 (zeros are published), so each
 *   of them would be 1. The cheapest published value of the line is suppressed. The same is
 *   checked on the sums of the lines of one dimension (see {@link #breakerOfForcedSliceSum()}).
 *   This guards the common cases of that positivity argument, not every one: the contract's
 *   model is exact linear recovery.</li>
 *   </ul></li>
 * <li>Release: complementary suppressions that turn out unnecessary are published again, the most
 * informative first (total, margins, then the largest cells).</li>
 * </ol>
 * Every choice is ordered by count and publication order, never by hash order, so the same table
 * always gives the same result.
 */
final class Suppressor {

    private final SuppressionModel model;
    private final int k;
    private final Row.Arithmetic arithmetic;
    private final boolean[] primary;
    private final boolean[] suppressed;
    /** Preference for suppression: cells, then margins, then the total; small counts first. */
    private final Comparator<Integer> preference;

    Suppressor(SuppressionModel model, int k, Row.Arithmetic arithmetic) {
        this.model = model;
        this.k = k;
        this.arithmetic = arithmetic;
        this.primary = new boolean[model.size];
        this.suppressed = new boolean[model.size];
        this.preference = Comparator.<Integer>comparingInt(x -> model.kinds[x])
                .thenComparingLong(x -> model.counts[x])
                .thenComparingInt(x -> x);
    }

    /** Which variables are suppressed. */
    boolean[] run() {
        for (int x = 0; x < model.size; x++) {
            primary[x] = model.counts[x] > 0 && model.counts[x] < k;
            suppressed[x] = primary[x];
        }
        while (true) {
            int exposed = firstRecoverable();
            if (exposed >= 0) {
                for (int x : protect(exposed)) {
                    suppressed[x] = true;
                }
                continue;
            }
            int line = firstForcedLine();
            if (line >= 0) {
                suppressed[cheapestPublished(line)] = true;
                continue;
            }
            int breaker = breakerOfForcedSliceSum();
            if (breaker >= 0) {
                suppressed[breaker] = true;
                continue;
            }
            break;
        }
        release();
        return suppressed.clone();
    }

    private boolean safe() {
        return firstRecoverable() < 0 && firstForcedLine() < 0 && breakerOfForcedSliceSum() < 0;
    }

    /** Publishes again the complementary suppressions that are not needed. */
    private void release() {
        List<Integer> complementary = new ArrayList<>();
        for (int x = 0; x < model.size; x++) {
            if (suppressed[x] && !primary[x]) {
                complementary.add(x);
            }
        }
        complementary.sort(preference.reversed());
        for (int x : complementary) {
            suppressed[x] = false;
            if (!safe()) {
                suppressed[x] = true;
            }
        }
    }

    /**
     * The smallest suppressed variable whose value follows from the published ones, or −1.
     * Gauss–Jordan elimination of the equations restricted to the suppressed columns (the
     * published values only move to the right-hand side, which does not matter here).
     */
    int firstRecoverable() {
        int[] column = new int[model.size];
        List<Integer> unknowns = new ArrayList<>();
        for (int x = 0; x < model.size; x++) {
            column[x] = -1;
            if (suppressed[x]) {
                column[x] = unknowns.size();
                unknowns.add(x);
            }
        }
        int n = unknowns.size();
        if (n == 0) {
            return -1;
        }
        List<Row> rows = new ArrayList<>();
        for (int e = 0; e < model.equationCount(); e++) {
            Row row = null;
            int[] vars = model.equationVariables[e];
            for (int i = 0; i < vars.length; i++) {
                if (column[vars[i]] >= 0) {
                    if (row == null) {
                        row = arithmetic.zeros(n);
                    }
                    row.set(column[vars[i]], model.equationCoefficients[e][i]);
                }
            }
            if (row != null) {
                rows.add(row);
            }
        }
        int rank = 0;
        int[] pivotColumn = new int[rows.size()];
        for (int j = 0; j < n && rank < rows.size(); j++) {
            int pivot = -1;
            for (int i = rank; i < rows.size(); i++) {
                if (rows.get(i).signum(j) != 0) {
                    pivot = i;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            Row pivotRow = rows.get(pivot);
            rows.set(pivot, rows.get(rank));
            rows.set(rank, pivotRow);
            for (int i = 0; i < rows.size(); i++) {
                if (i != rank) {
                    rows.get(i).eliminate(j, pivotRow);
                }
            }
            pivotColumn[rank] = j;
            rank++;
        }
        int first = -1;
        for (int r = 0; r < rank; r++) {
            // In reduced form, a row with its pivot as only non-zero entry states "unknown = constant".
            if (rows.get(r).nonZeroCount(0, n) == 1) {
                int x = unknowns.get(pivotColumn[r]);
                if (first < 0 || x < first) {
                    first = x;
                }
            }
        }
        return first;
    }

    /** The first line whose suppressed values must all be 1, or −1. */
    int firstForcedLine() {
        for (int e = 0; e < model.equationCount(); e++) {
            int[] vars = model.equationVariables[e];
            int unknown = 0;
            long sum = 0;
            int sign = 0;
            boolean sameSign = true;
            for (int i = 0; i < vars.length; i++) {
                if (suppressed[vars[i]]) {
                    unknown++;
                    sum += model.counts[vars[i]];
                    int coefficient = model.equationCoefficients[e][i];
                    sameSign &= sign == 0 || sign == coefficient;
                    sign = coefficient;
                }
            }
            if (unknown > 0 && sameSign && sum == unknown) {
                return e;
            }
        }
        return -1;
    }

    /**
     * The same positivity argument on the lines one gets by adding up equations of one dimension
     * d: for any set S of its values, the cells of the slices in S plus the margins of the values
     * outside S add up to the total. (With S = all values: all cells add up to the total, the
     * line that gives away a table of ones.) When the total is published and some such line has
     * suppressed values that must all be 1, returns the published value of that line to suppress
     * (cells first, smallest first), else −1.
     */
    int breakerOfForcedSliceSum() {
        if (model.sliceCells.length == 0 || suppressed[model.totalVariable]) {
            return -1;
        }
        for (int d = 0; d < model.sliceCells.length; d++) {
            boolean forced = true;
            boolean anyUnknown = false;
            int best = model.totalVariable;
            for (int v = 0; v < model.sliceCells[d].length && forced; v++) {
                int margin = model.marginVariable[d][v];
                // Excess over "every suppressed value is 1" of either way to enter the line.
                long outside = suppressed[margin] ? model.counts[margin] - 1 : 0;
                long inside = 0;
                int insideUnknown = 0;
                for (int c : model.sliceCells[d][v]) {
                    if (suppressed[c]) {
                        inside += model.counts[c] - 1;
                        insideUnknown++;
                    }
                }
                boolean useInside;
                if (outside == 0 && inside == 0) {
                    useInside = !suppressed[margin] && insideUnknown > 0;
                } else if (outside == 0 || inside == 0) {
                    useInside = inside == 0;
                } else {
                    forced = false;
                    continue;
                }
                if (useInside) {
                    anyUnknown |= insideUnknown > 0;
                    for (int c : model.sliceCells[d][v]) {
                        if (!suppressed[c] && preference.compare(c, best) < 0) {
                            best = c;
                        }
                    }
                } else {
                    anyUnknown |= suppressed[margin];
                    if (!suppressed[margin] && preference.compare(margin, best) < 0) {
                        best = margin;
                    }
                }
            }
            if (forced && anyUnknown) {
                return best;
            }
        }
        return -1;
    }

    private int cheapestPublished(int equation) {
        int best = -1;
        for (int x : model.equationVariables[equation]) {
            if (!suppressed[x] && model.counts[x] > 0 && (best < 0 || preference.compare(x, best) < 0)) {
                best = x;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("no published value left in an exposed line");
        }
        return best;
    }

    /** The published values to suppress so that the suppressed value u can no longer be recovered. */
    List<Integer> protect(int u) {
        int m = model.equationCount();
        int slots = m + 1;
        Basis basis = new Basis(m);
        for (int w = 0; w < model.size; w++) {
            if (suppressed[w] && w != u) {
                basis.insert(column(w, -1, m + slots));
            }
        }
        // The target row tracks u in slot 0 and each added published value in its own slot, so
        // that once its equation part is zero it reads: coefficient·u = combination of the slots.
        Row target = column(u, m, m + slots);
        basis.reduce(target);
        if (target.firstNonZero(0, m) < 0) {
            throw new IllegalStateException("value " + u + " is not recoverable");
        }
        int[] slotVariable = new int[slots];
        int nextSlot = 1;

        PriorityQueue<Integer> queue = new PriorityQueue<>(preference);
        boolean[] queued = new boolean[model.size];
        boolean[] visited = new boolean[model.size];
        boolean[] touched = new boolean[m];
        visited[u] = true;
        touch(model.equationsOf[u], touched, visited, queued, queue);
        boolean widened = false;
        while (target.firstNonZero(0, m) >= 0) {
            Integer candidate = queue.poll();
            if (candidate == null) {
                if (widened) {
                    throw new IllegalStateException("no set of published values protects value " + u);
                }
                // Not reachable through the lines (cannot happen for tables built from counts), so any value will do.
                widened = true;
                for (int x = 0; x < model.size; x++) {
                    if (!suppressed[x] && model.counts[x] > 0 && !queued[x]) {
                        queued[x] = true;
                        queue.add(x);
                    }
                }
                continue;
            }
            touch(model.equationsOf[candidate], touched, visited, queued, queue);
            Row row = column(candidate, m + nextSlot, m + slots);
            int pivot = basis.insert(row);
            if (pivot < 0) {
                continue; // already a combination of what is there: cannot help
            }
            slotVariable[nextSlot++] = candidate;
            target.eliminate(pivot, row);
        }
        List<Integer> added = new ArrayList<>();
        for (int s = 1; s < nextSlot; s++) {
            if (target.signum(m + s) != 0) {
                added.add(slotVariable[s]);
            }
        }
        return added;
    }

    /** Marks the equations as reached; suppressed values in them are free and extend the reach. */
    private void touch(int[] equations, boolean[] touched, boolean[] visited, boolean[] queued,
                       PriorityQueue<Integer> queue) {
        Deque<Integer> pending = new ArrayDeque<>();
        for (int e : equations) {
            pending.push(e);
        }
        while (!pending.isEmpty()) {
            int e = pending.pop();
            if (touched[e]) {
                continue;
            }
            touched[e] = true;
            for (int x : model.equationVariables[e]) {
                if (suppressed[x]) {
                    if (!visited[x]) {
                        visited[x] = true;
                        for (int f : model.equationsOf[x]) {
                            pending.push(f);
                        }
                    }
                } else if (model.counts[x] > 0 && !queued[x]) {
                    queued[x] = true;
                    queue.add(x);
                }
            }
        }
    }

    /** The variable's column of the constraint matrix, with a 1 in a tracking slot if slot ≥ 0. */
    private Row column(int variable, int slot, int length) {
        Row row = arithmetic.zeros(length);
        int[] equations = model.equationsOf[variable];
        for (int e : equations) {
            int[] vars = model.equationVariables[e];
            for (int i = 0; i < vars.length; i++) {
                if (vars[i] == variable) {
                    row.set(e, model.equationCoefficients[e][i]);
                }
            }
        }
        if (slot >= 0) {
            row.set(slot, 1);
        }
        return row;
    }

    /** Rows in echelon form over the first {@code m} entries, each zero at the earlier rows' pivots. */
    private static final class Basis {
        private final int m;
        private final List<Row> rows = new ArrayList<>();
        private final List<Integer> pivots = new ArrayList<>();

        Basis(int m) {
            this.m = m;
        }

        void reduce(Row row) {
            for (int i = 0; i < rows.size(); i++) {
                row.eliminate(pivots.get(i), rows.get(i));
            }
        }

        /** Reduces the row and adds it if independent; returns its pivot, or −1. */
        int insert(Row row) {
            reduce(row);
            int pivot = row.firstNonZero(0, m);
            if (pivot >= 0) {
                rows.add(row);
                pivots.add(pivot);
            }
            return pivot;
        }
    }
}
