package be.ariadne.statistics;

/**
 * A row of integers for exact, fraction-free Gaussian elimination. Rows are kept primitive
 * (divided by the gcd of their entries), which keeps the numbers as small as the matrix allows.
 */
interface Row {

    int length();

    void set(int index, long value);

    int signum(int index);

    /** This row := pivot[j] · this − this[j] · pivot, then made primitive; afterwards this[j] = 0. */
    void eliminate(int j, Row pivot);

    /** Index of the first non-zero entry in [from, to), or −1. */
    default int firstNonZero(int from, int to) {
        for (int i = from; i < to; i++) {
            if (signum(i) != 0) {
                return i;
            }
        }
        return -1;
    }

    /** Number of non-zero entries in [from, to). */
    default int nonZeroCount(int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (signum(i) != 0) {
                count++;
            }
        }
        return count;
    }

    /** How rows are represented: 64-bit integers with overflow checks, or arbitrary precision. */
    enum Arithmetic {
        /** Fast; throws {@link ArithmeticException} if an entry would overflow. */
        LONG {
            @Override
            Row zeros(int length) {
                return new LongRow(length);
            }
        },
        /** Exact whatever the size of the entries; the fallback when {@link #LONG} overflows. */
        BIG {
            @Override
            Row zeros(int length) {
                return new BigRow(length);
            }
        };

        abstract Row zeros(int length);
    }
}
