package be.ariadne.statistics;

import java.util.List;

/**
 * A non-zero cell of a {@link PublishedTable}.
 *
 * @param values one value per dimension of the table, in the table's order
 */
public record PublishedCell(List<String> values, PublishedCount count) {

    public PublishedCell {
        values = List.copyOf(values);
    }
}
