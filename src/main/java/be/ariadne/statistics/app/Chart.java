package be.ariadne.statistics.app;

import java.util.ArrayList;
import java.util.List;

/**
 * One chart of the dashboard, already published: its rows (a label and a count, null when
 * suppressed) and the geometry of a horizontal bar chart drawn as SVG on the server. The same
 * rows are the chart's accessible table and its CSV. (Public for the templates only: the package is internal.)
 *
 * @param id       stable name, also the CSV's name ({@code /statistics/gender.csv})
 * @param titleKey message key of the title
 */
public record Chart(String id, String titleKey, List<Row> rows, Long total, boolean totalSuppressed) {

    /** A row: {@code code} as in the data (e.g. {@code FEMININE}), its label, the published count. */
    public record Row(String code, String label, Long count) {
        public boolean suppressed() {
            return count == null;
        }
    }

    /** A bar of the SVG: positions in the chart's own coordinates (viewBox). */
    public record Bar(String label, String value, int y, int textY, int width, boolean suppressed) {
    }

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 200;
    static final int BAR_SPACE = 340;
    static final int ROW_HEIGHT = 30;
    static final int BAR_HEIGHT = 20;

    public int height() {
        return Math.max(1, rows.size()) * ROW_HEIGHT + 4;
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + height();
    }

    public int barX() {
        return LABEL_WIDTH;
    }

    /** The bars; {@code suppressedText} is what a suppressed bar says. */
    public List<Bar> bars(String suppressedText) {
        long max = 1;
        for (Row r : rows) if (r.count() != null) max = Math.max(max, r.count());
        List<Bar> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int y = i * ROW_HEIGHT + 4;
            int w = r.count() == null ? 0 : (int) Math.round((double) r.count() / max * BAR_SPACE);
            if (r.count() != null && r.count() > 0) w = Math.max(w, 2);
            out.add(new Bar(r.label(), r.count() == null ? suppressedText : String.format("%,d", r.count()), y,
                    y + BAR_HEIGHT - 5, w, r.count() == null));
        }
        return out;
    }

    public boolean empty() {
        return rows.isEmpty();
    }

    /** The CSV of the chart: code, label, count (empty when suppressed), flag. */
    String csv(String totalLabel) {
        StringBuilder out = new StringBuilder("code,label,count,suppressed\r\n");
        for (Row r : rows) out.append(line(r.code(), r.label(), r.count()));
        if (total != null || totalSuppressed) out.append(line("TOTAL", totalLabel, total));
        return out.toString();
    }

    private static String line(String code, String label, Long count) {
        return quote(code) + "," + quote(label) + "," + (count == null ? "" : count) + "," + (count == null) + "\r\n";
    }

    /** A CSV field, quoted when needed; a leading formula character is neutralised (CSV injection). */
    static String quote(String s) {
        if (s == null) return "";
        String v = s;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) v = "'" + v;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || !v.equals(s)) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
