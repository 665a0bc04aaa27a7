package be.ariadne.statistics;

/**
 * A count as published: the number, or nothing when it is suppressed. A suppressed count does
 * not keep its value anywhere, so it cannot leak by mistake.
 *
 * @param count the count, null when suppressed
 */
public record PublishedCount(Long count) {

    private static final PublishedCount SUPPRESSED = new PublishedCount(null);

    public PublishedCount {
        if (count != null && count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
    }

    public static PublishedCount of(long count) {
        return new PublishedCount(count);
    }

    public static PublishedCount suppressed() {
        return SUPPRESSED;
    }

    public boolean isSuppressed() {
        return count == null;
    }

    @Override
    public String toString() {
        return count == null ? "suppressed" : count.toString();
    }
}
