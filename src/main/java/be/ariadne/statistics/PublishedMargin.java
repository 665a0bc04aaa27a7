package be.ariadne.statistics;

/** A non-zero one-dimension sum of a {@link PublishedTable}: the cases with that value. */
public record PublishedMargin(String value, PublishedCount count) {
}
