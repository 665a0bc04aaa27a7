package be.ariadne.exchange;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An immutable small set of value names in a fixed order (the standard's), backed by an array:
 * multi-select values hold a handful of names, for which this is lighter than a hash set.
 * Equality and hash code are those of {@link java.util.Set}.
 */
final class ValueSet extends AbstractSet<String> {

    private final Column column;
    private final String[] values;

    /** The caller hands over an array of distinct values of the column, checked and in order. */
    ValueSet(Column column, String[] values) {
        this.column = column;
        this.values = values;
    }

    /** The column whose vocabulary the values were checked against. */
    Column column() {
        return column;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < values.length;
            }

            @Override
            public String next() {
                if (next >= values.length) {
                    throw new NoSuchElementException();
                }
                return values[next++];
            }
        };
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean contains(Object value) {
        for (String v : values) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
