package be.ariadne.statistics;

/** A {@link Row} of longs; every operation is checked and throws {@link ArithmeticException} on overflow. */
final class LongRow implements Row {

    private final long[] entries;

    LongRow(int length) {
        this.entries = new long[length];
    }

    @Override
    public int length() {
        return entries.length;
    }

    @Override
    public void set(int index, long value) {
        entries[index] = value;
    }

    @Override
    public int signum(int index) {
        return Long.signum(entries[index]);
    }

    @Override
    public void eliminate(int j, Row pivotRow) {
        long[] pivot = ((LongRow) pivotRow).entries;
        long b = entries[j];
        if (b == 0) {
            return;
        }
        long a = pivot[j];
        long g = gcd(Math.absExact(a), Math.absExact(b));
        a /= g;
        b /= g;
        long rowGcd = 0;
        for (int i = 0; i < entries.length; i++) {
            long p = pivot[i];
            long x = entries[i];
            if (p == 0 && x == 0) {
                continue;
            }
            long y = Math.subtractExact(Math.multiplyExact(a, x), Math.multiplyExact(b, p));
            entries[i] = y;
            if (y != 0) {
                rowGcd = rowGcd == 1 ? 1 : gcd(rowGcd, Math.absExact(y));
            }
        }
        if (rowGcd > 1) {
            for (int i = 0; i < entries.length; i++) {
                entries[i] /= rowGcd;
            }
        }
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
