package be.ariadne.statistics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A count table fit for publication: cells (zero cells omitted: they are published zeros),
 * the margins of each dimension (zero margins omitted) and the total, all under the same
 * disclosure control. With no dimension there are no cells and no margins, only the total;
 * with one dimension the margins are the cells.
 */
public record PublishedTable(List<Dimension> dimensions, int k, PublishedCount total, List<PublishedCell> cells,
                             Map<Dimension, List<PublishedMargin>> margins) {

    public PublishedTable {
        dimensions = List.copyOf(dimensions);
        cells = List.copyOf(cells);
        Map<Dimension, List<PublishedMargin>> copy = new LinkedHashMap<>();
        for (Dimension dimension : dimensions) {
            List<PublishedMargin> list = margins.get(dimension);
            copy.put(dimension, list == null ? List.of() : List.copyOf(list));
        }
        margins = Collections.unmodifiableMap(copy);
    }

    /** The margins of one dimension, in publication order. */
    public List<PublishedMargin> margins(Dimension dimension) {
        List<PublishedMargin> list = margins.get(dimension);
        if (list == null) {
            throw new IllegalArgumentException("the table is not counted by " + dimension.wireName());
        }
        return list;
    }

    /** The value of a cell in one dimension. */
    public String value(PublishedCell cell, Dimension dimension) {
        int index = dimensions.indexOf(dimension);
        if (index < 0) {
            throw new IllegalArgumentException("the table is not counted by " + dimension.wireName());
        }
        return cell.values().get(index);
    }

    /** Number of suppressed values: cells, margins (once per dimension) and total. */
    public int suppressedCount() {
        int count = total.isSuppressed() ? 1 : 0;
        for (PublishedCell cell : cells) {
            count += cell.count().isSuppressed() ? 1 : 0;
        }
        if (dimensions.size() > 1) {
            for (List<PublishedMargin> list : margins.values()) {
                for (PublishedMargin margin : list) {
                    count += margin.count().isSuppressed() ? 1 : 0;
                }
            }
        }
        return count;
    }
}
