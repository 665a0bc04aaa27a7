package be.ariadne.statistics;

import java.math.BigInteger;
import java.util.Arrays;

/** A {@link Row} of arbitrary-precision integers. */
final class BigRow implements Row {

    private final BigInteger[] entries;

    BigRow(int length) {
        this.entries = new BigInteger[length];
        Arrays.fill(entries, BigInteger.ZERO);
    }

    @Override
    public int length() {
        return entries.length;
    }

    @Override
    public void set(int index, long value) {
        entries[index] = BigInteger.valueOf(value);
    }

    @Override
    public int signum(int index) {
        return entries[index].signum();
    }

    @Override
    public void eliminate(int j, Row pivotRow) {
        BigInteger[] pivot = ((BigRow) pivotRow).entries;
        BigInteger b = entries[j];
        if (b.signum() == 0) {
            return;
        }
        BigInteger a = pivot[j];
        BigInteger g = a.gcd(b);
        a = a.divide(g);
        b = b.divide(g);
        BigInteger rowGcd = BigInteger.ZERO;
        for (int i = 0; i < entries.length; i++) {
            BigInteger p = pivot[i];
            BigInteger x = entries[i];
            if (p.signum() == 0 && x.signum() == 0) {
                continue;
            }
            BigInteger y = a.multiply(x).subtract(b.multiply(p));
            entries[i] = y;
            rowGcd = rowGcd.gcd(y);
        }
        if (rowGcd.compareTo(BigInteger.ONE) > 0) {
            for (int i = 0; i < entries.length; i++) {
                entries[i] = entries[i].divide(rowGcd);
            }
        }
    }
}
