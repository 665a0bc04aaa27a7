package be.ariadne.exchange;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Writes {@link HtcdsRecord}s as an HTCDS 2.0 CSV file: UTF-8 without byte order mark, a header
 * row with every column of {@link #columns()} in that fixed order, RFC 4180 quoting (only values
 * holding a comma, a quote or a line break are quoted), CRLF line ends, {@code ;} between
 * multi-select values, ISO dates, {@code YYYY} for a birth year alone. What it writes,
 * {@link HtcdsCsvReader} reads back into equal records. Streams: one row in memory at a time.
 * Not thread-safe.
 */
public final class HtcdsCsvWriter implements Closeable, Flushable {

    private static final List<String> COLUMNS;

    static {
        List<String> names = new ArrayList<>();
        for (Column column : Column.ALL) {
            names.add(column.header());
        }
        COLUMNS = List.copyOf(names);
    }

    private final Writer out;
    private final StringBuilder line = new StringBuilder(512);
    private long rowsWritten;

    private HtcdsCsvWriter(Writer out) {
        this.out = out;
    }

    /** The columns written, in order (HTCDS field names with prefix, and Ariadne's two extensions). */
    public static List<String> columns() {
        return COLUMNS;
    }

    /** A writer on a byte stream (UTF-8, buffered); writes the header row at once. */
    public static HtcdsCsvWriter open(OutputStream out) throws IOException {
        return open(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
    }

    /** A writer on a character stream (pass a buffered one); writes the header row at once. */
    public static HtcdsCsvWriter open(Writer out) throws IOException {
        HtcdsCsvWriter writer = new HtcdsCsvWriter(out);
        writer.writeHeader();
        return writer;
    }

    private void writeHeader() throws IOException {
        line.setLength(0);
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(COLUMNS.get(i));
        }
        line.append("\r\n");
        out.write(line.toString());
    }

    /** Writes one row. */
    public void write(HtcdsRecord r) throws IOException {
        StringBuilder b = line;
        b.setLength(0);
        text(b, r.externalId());
        b.append(',');
        date(b, r.registrationDate());
        b.append(',');
        if (r.caseStatus() != null) {
            b.append(AriadneCodes.status(r.caseStatus()));
        }
        b.append(',');
        text(b, r.reasonForClosure());
        b.append(',');
        text(b, r.firstName());
        b.append(',');
        text(b, r.secondName());
        b.append(',');
        if (r.gender() != null) {
            b.append(AriadneCodes.gender(r.gender()));
        }
        b.append(',');
        if (r.birthDate() != null) {
            if (r.birthDate().isYearOnly()) {
                digits(b, r.birthDate().year(), 4);
            } else {
                date(b, r.birthDate().date().orElseThrow());
            }
        }
        b.append(',');
        multi(b, r.citizenships());
        b.append(',');
        text(b, r.identityNumber());
        b.append(',');
        text(b, r.mobilePhone());
        b.append(',');
        text(b, r.mailingStreet());
        b.append(',');
        text(b, r.mailingCity());
        b.append(',');
        text(b, r.mailingPostalCode());
        b.append(',');
        text(b, r.mailingCountry());
        b.append(',');
        text(b, r.primaryLanguage());
        b.append(',');
        text(b, r.secondaryLanguage());
        b.append(',');
        if (r.traffickingStatus() != null) {
            b.append(AriadneCodes.trafficking(r.traffickingStatus()));
        }
        b.append(',');
        if (r.ageWhenTrafficked() != null) {
            b.append(r.ageWhenTrafficked().intValue());
        }
        b.append(',');
        text(b, r.relationshipToTrafficker());
        b.append(',');
        multi(b, r.methodsOfRecruitment());
        b.append(',');
        multi(b, r.methodsOfControl());
        b.append(',');
        multi(b, AriadneCodes.exploitationTypes(r.exploitation()));
        b.append(',');
        multi(b, AriadneCodes.otherExploitation(r.exploitation()));
        b.append(',');
        multi(b, r.typesOfSexExploitation());
        b.append(',');
        multi(b, r.forcedLabourIndustries());
        b.append("\r\n");
        out.append(b);
        rowsWritten++;
    }

    /** Rows written so far (the header not counted). */
    public long rowsWritten() {
        return rowsWritten;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** A value, quoted when it holds a comma, a quote or a line break (RFC 4180). */
    static void text(StringBuilder b, String value) {
        if (value == null) {
            return;
        }
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            b.append(value);
            return;
        }
        b.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                b.append('"');
            }
            b.append(c);
        }
        b.append('"');
    }

    /** Value names and codes never hold a delimiter, a quote or a {@code ;}. */
    private static void multi(StringBuilder b, Collection<String> values) {
        boolean first = true;
        for (String value : values) {
            if (!first) {
                b.append(';');
            }
            b.append(value);
            first = false;
        }
    }

    private static void date(StringBuilder b, LocalDate date) {
        digits(b, date.getYear(), 4);
        b.append('-');
        digits(b, date.getMonthValue(), 2);
        b.append('-');
        digits(b, date.getDayOfMonth(), 2);
    }

    private static void digits(StringBuilder b, int value, int width) {
        int length = value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : value < 10000 ? 4 : 5;
        for (int i = length; i < width; i++) {
            b.append('0');
        }
        b.append(value);
    }
}
