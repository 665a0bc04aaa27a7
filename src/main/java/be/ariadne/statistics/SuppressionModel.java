package be.ariadne.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A count table as a linear system. The variables are the non-zero cells, the one-dimension
 * margins and the total (with one dimension the cells are the margins, with none there is only
 * the total); the equations are what anyone can add and subtract along the dimensions:
 * for every dimension d and value v, the cells with d = v add up to margin_d(v), and for every
 * dimension its margins add up to the total. Cells with a count of zero are published zeros,
 * hence constants, not variables.
 */
final class SuppressionModel {

    static final int CELL = 0;
    static final int MARGIN = 1;
    static final int TOTAL = 2;

    final int size;
    final long[] counts;
    final int[] kinds;
    /** Per equation, its variables and their coefficients (+1 or −1). */
    final int[][] equationVariables;
    final int[][] equationCoefficients;
    /** Per variable, the equations it appears in. */
    final int[][] equationsOf;
    final int cellCount;
    /** Per dimension and value (index in the table's values), the margin's variable. */
    final int[][] marginVariable;
    final int totalVariable;
    /** With two or more dimensions, per dimension and value, the cells of that slice. */
    final int[][][] sliceCells;

    SuppressionModel(CountTable table) {
        List<Dimension> dimensions = table.dimensions();
        int dimensionCount = dimensions.size();
        List<Long> countList = new ArrayList<>();
        List<Integer> kindList = new ArrayList<>();
        List<int[]> cellValueIndexes = new ArrayList<>();
        if (dimensionCount > 0) {
            for (Map.Entry<List<String>, Long> cell : table.cells().entrySet()) {
                int[] indexes = new int[dimensionCount];
                for (int d = 0; d < dimensionCount; d++) {
                    indexes[d] = table.values(dimensions.get(d)).indexOf(cell.getKey().get(d));
                }
                cellValueIndexes.add(indexes);
                countList.add(cell.getValue());
                kindList.add(CELL);
            }
        }
        cellCount = countList.size();
        marginVariable = new int[dimensionCount][];
        for (int d = 0; d < dimensionCount; d++) {
            List<String> values = table.values(dimensions.get(d));
            marginVariable[d] = new int[values.size()];
            for (int v = 0; v < values.size(); v++) {
                if (dimensionCount == 1) {
                    // One dimension: every value has exactly one non-zero cell, which is its margin.
                    marginVariable[d][v] = v;
                } else {
                    marginVariable[d][v] = countList.size();
                    countList.add(table.margin(dimensions.get(d), values.get(v)));
                    kindList.add(MARGIN);
                }
            }
        }
        totalVariable = countList.size();
        countList.add(table.total());
        kindList.add(TOTAL);

        size = countList.size();
        counts = countList.stream().mapToLong(Long::longValue).toArray();
        kinds = kindList.stream().mapToInt(Integer::intValue).toArray();

        List<int[]> variables = new ArrayList<>();
        List<int[]> coefficients = new ArrayList<>();
        if (dimensionCount == 1) {
            addEquation(variables, coefficients, marginVariable[0], totalVariable);
        }
        sliceCells = new int[dimensionCount > 1 ? dimensionCount : 0][][];
        if (dimensionCount > 1) {
            for (int d = 0; d < dimensionCount; d++) {
                sliceCells[d] = new int[marginVariable[d].length][];
                for (int v = 0; v < marginVariable[d].length; v++) {
                    List<Integer> inSlice = new ArrayList<>();
                    for (int c = 0; c < cellCount; c++) {
                        if (cellValueIndexes.get(c)[d] == v) {
                            inSlice.add(c);
                        }
                    }
                    sliceCells[d][v] = inSlice.stream().mapToInt(Integer::intValue).toArray();
                    addEquation(variables, coefficients, sliceCells[d][v], marginVariable[d][v]);
                }
            }
            for (int d = 0; d < dimensionCount; d++) {
                addEquation(variables, coefficients, marginVariable[d], totalVariable);
            }
        }
        equationVariables = variables.toArray(new int[0][]);
        equationCoefficients = coefficients.toArray(new int[0][]);

        List<List<Integer>> of = new ArrayList<>();
        for (int x = 0; x < size; x++) {
            of.add(new ArrayList<>());
        }
        for (int e = 0; e < equationVariables.length; e++) {
            for (int x : equationVariables[e]) {
                of.get(x).add(e);
            }
        }
        equationsOf = new int[size][];
        for (int x = 0; x < size; x++) {
            equationsOf[x] = of.get(x).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Adds "sum of parts − whole = 0". */
    private static void addEquation(List<int[]> variables, List<int[]> coefficients, int[] parts, int whole) {
        int[] vars = new int[parts.length + 1];
        int[] coeffs = new int[parts.length + 1];
        for (int i = 0; i < parts.length; i++) {
            vars[i] = parts[i];
            coeffs[i] = 1;
        }
        vars[parts.length] = whole;
        coeffs[parts.length] = -1;
        variables.add(vars);
        coefficients.add(coeffs);
    }

    int equationCount() {
        return equationVariables.length;
    }
}
