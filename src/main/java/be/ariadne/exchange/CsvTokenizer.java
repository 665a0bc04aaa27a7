package be.ariadne.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits an RFC 4180 byte stream into rows of fields, counting physical lines. Works on bytes
 * (the delimiters are ASCII, so UTF-8 needs no decoding to be split), so that malformed UTF-8 can
 * be reported per field afterwards. Bad quoting is reported and read leniently, so that the rows
 * that follow keep their line numbers. Memory is bounded: one read buffer and one row of at most
 * {@link #MAX_ROW_BYTES}.
 */
final class CsvTokenizer {

    static final int MAX_ROW_BYTES = 1 << 20;
    private static final int END = -1;
    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int AFTER_QUOTE = 3;

    /** A quoting problem: the field it concerns, the line the problem was seen on. */
    record Problem(int field, long line, String code, List<String> arguments) {
    }

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private long line = 1;

    private byte[] row = new byte[1024];
    private int rowLength;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private long[] fieldLines = new long[32];
    private int count;
    private long rowLine;
    private boolean anyQuote;
    private final List<Problem> problems = new ArrayList<>();

    CsvTokenizer(InputStream in) throws IOException {
        this.in = in;
        skipByteOrderMark();
    }

    private void skipByteOrderMark() throws IOException {
        while (limit < 3 && fill()) {
            // read until three bytes are buffered or the stream ends
        }
        if (limit >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
            position = 3;
        }
    }

    /** Appends to the buffer; false at the end of the stream. */
    private boolean fill() throws IOException {
        if (position == limit) {
            position = 0;
            limit = 0;
        }
        if (limit == buffer.length) {
            return true;
        }
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n <= 0) {
            return false;
        }
        limit += n;
        return true;
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return END;
        }
        return buffer[position++] & 0xFF;
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return END;
        }
        return buffer[position] & 0xFF;
    }

    /** Reads the next row; false at the end of the input. */
    boolean next() throws IOException {
        if (peek() == END) {
            return false;
        }
        rowLength = 0;
        count = 0;
        anyQuote = false;
        problems.clear();
        rowLine = line;
        startField();
        int state = FIELD_START;
        long quoteLine = 0;
        boolean quoteProblemSeen = false;
        while (true) {
            int b = read();
            if (rowLength >= MAX_ROW_BYTES && b != END) {
                problems.add(new Problem(count - 1, fieldLines[count - 1], "csv.rowTooLong",
                        List.of(Integer.toString(MAX_ROW_BYTES))));
                skipRestOfLine(b);
                endField();
                return true;
            }
            switch (state) {
                case FIELD_START:
                    if (b == '"') {
                        anyQuote = true;
                        quoteLine = line;
                        state = QUOTED;
                        break;
                    }
                    state = UNQUOTED;
                    // fall through: the byte belongs to an unquoted field
                case UNQUOTED:
                    if (b == ',') {
                        endField();
                        startField();
                        state = FIELD_START;
                    } else if (b == '\r' || b == '\n' || b == END) {
                        endOfLine(b);
                        endField();
                        return true;
                    } else {
                        if (b == '"' && !quoteProblemSeen) {
                            quoteProblemSeen = true;
                            problems.add(new Problem(count - 1, line, "csv.quoteInUnquoted", List.of()));
                        }
                        append(b);
                    }
                    break;
                case QUOTED:
                    if (b == '"') {
                        if (peek() == '"') {
                            read();
                            append('"');
                        } else {
                            state = AFTER_QUOTE;
                        }
                    } else if (b == END) {
                        problems.add(new Problem(count - 1, quoteLine, "csv.unclosedQuote",
                                List.of(Long.toString(quoteLine))));
                        endField();
                        return true;
                    } else {
                        append(b);
                        if (b == '\n' || (b == '\r' && peek() != '\n')) {
                            line++;
                        }
                    }
                    break;
                default: // AFTER_QUOTE
                    if (b == ',') {
                        endField();
                        startField();
                        state = FIELD_START;
                        quoteProblemSeen = false;
                    } else if (b == '\r' || b == '\n' || b == END) {
                        endOfLine(b);
                        endField();
                        return true;
                    } else {
                        if (!quoteProblemSeen) {
                            quoteProblemSeen = true;
                            problems.add(new Problem(count - 1, line, "csv.textAfterQuote", List.of()));
                        }
                        append(b);
                        state = UNQUOTED;
                    }
                    break;
            }
            if (state == FIELD_START) {
                quoteProblemSeen = false;
            }
        }
    }

    private void endOfLine(int b) throws IOException {
        if (b == '\r' && peek() == '\n') {
            read();
        }
        if (b != END) {
            line++;
        }
    }

    private void skipRestOfLine(int b) throws IOException {
        while (b != '\r' && b != '\n' && b != END) {
            b = read();
        }
        endOfLine(b);
    }

    private void append(int b) {
        if (rowLength == row.length) {
            row = Arrays.copyOf(row, Math.min(row.length * 2, MAX_ROW_BYTES + 8));
        }
        row[rowLength++] = (byte) b;
    }

    private void startField() {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            fieldLines = Arrays.copyOf(fieldLines, count * 2);
        }
        starts[count] = rowLength;
        fieldLines[count] = line;
        count++;
    }

    private void endField() {
        ends[count - 1] = rowLength;
    }

    /** Physical line the row starts on. */
    long rowLine() {
        return rowLine;
    }

    int fieldCount() {
        return count;
    }

    /** Physical line the field starts on. */
    long fieldLine(int field) {
        return fieldLines[field];
    }

    /** A line holding nothing at all (skipped, as most tools write one at the end). */
    boolean isBlankLine() {
        return count == 1 && rowLength == 0 && !anyQuote && problems.isEmpty();
    }

    List<Problem> problems() {
        return problems;
    }

    /** Offset of the first malformed UTF-8 byte of the field, relative to the field, or -1. */
    int malformedAt(int field) {
        int at = Utf8.firstMalformed(row, starts[field], ends[field]);
        return at < 0 ? -1 : at - starts[field];
    }

    int byteAt(int field, int offset) {
        return row[starts[field] + offset] & 0xFF;
    }

    /** The field's text; only for well-formed fields. */
    String text(int field) {
        return Utf8.decode(row, starts[field], ends[field]);
    }

    /** The field's text with malformed bytes replaced by U+FFFD (for showing a rejected row). */
    String lenientText(int field) {
        return new String(row, starts[field], ends[field] - starts[field], StandardCharsets.UTF_8);
    }
}
