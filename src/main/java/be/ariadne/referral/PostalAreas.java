package be.ariadne.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Belgian postal codes a centre serves: inclusive ranges of four-digit codes (1000–9999),
 * written {@code 1000-1299,4000-7999} (a single code is a range of one). Plain Java.
 */
record PostalAreas(List<Range> ranges) {
    static final int MIN = 1000;
    static final int MAX = 9999;
    private static final Pattern RANGE = Pattern.compile("\\s*(\\d{4})\\s*(?:[-–]\\s*(\\d{4}))?\\s*");

    record Range(int from, int to) {
        boolean contains(int code) {
            return code >= from && code <= to;
        }

        @Override
        public String toString() {
            return from == to ? String.valueOf(from) : from + "-" + to;
        }
    }

    PostalAreas {
        ranges = List.copyOf(ranges);
    }

    boolean covers(int postalCode) {
        for (Range r : ranges) if (r.contains(postalCode)) return true;
        return false;
    }

    /**
     * Reads {@code 1000-1299, 4000-7999}.
     *
     * @throws IllegalArgumentException naming what is wrong (a range out of 1000–9999, reversed, malformed, or none)
     */
    static PostalAreas parse(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("at least one postal code range is required, e.g. 1000-1299");
        List<Range> out = new ArrayList<>();
        for (String part : text.split("[,;\\n]")) {
            if (part.isBlank()) continue;
            Matcher m = RANGE.matcher(part);
            if (!m.matches()) throw new IllegalArgumentException("'" + part.strip() + "' is not a postal code range such as 1000-1299");
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (from < MIN || to > MAX) throw new IllegalArgumentException("'" + part.strip() + "' is outside 1000-9999");
            if (to < from) throw new IllegalArgumentException("'" + part.strip() + "' ends before it starts");
            out.add(new Range(from, to));
        }
        if (out.isEmpty()) throw new IllegalArgumentException("at least one postal code range is required, e.g. 1000-1299");
        return new PostalAreas(out);
    }

    /** A Belgian postal code as a number, or -1 when it is not four digits from 1000 to 9999. */
    static int code(String postalCode) {
        if (postalCode == null || !postalCode.strip().matches("\\d{4}")) return -1;
        int c = Integer.parseInt(postalCode.strip());
        return c < MIN ? -1 : c;
    }

    @Override
    public String toString() {
        return String.join(",", ranges.stream().map(Range::toString).toList());
    }
}
