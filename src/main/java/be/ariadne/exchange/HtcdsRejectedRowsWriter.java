package be.ariadne.exchange;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the rows an import rejected ({@code FILE.rejected.csv} of the contract's
 * {@code --skip-invalid}): the file's own header and values, preceded by two columns, the line
 * of the row in the original file ({@code line}) and its problems ({@code problems}, each
 * {@code line N: column: problem}, separated by {@code " | "}). Fix the values, drop the two
 * columns, and the file can be imported again.
 */
public final class HtcdsRejectedRowsWriter implements Closeable, Flushable {

    public static final String LINE_COLUMN = "line";
    public static final String PROBLEMS_COLUMN = "problems";

    private final Writer out;
    private final StringBuilder line = new StringBuilder(512);

    private HtcdsRejectedRowsWriter(Writer out) {
        this.out = out;
    }

    /** A writer on a byte stream (UTF-8, buffered) for a file with these columns; writes the header. */
    public static HtcdsRejectedRowsWriter open(OutputStream out, List<String> columns) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        HtcdsRejectedRowsWriter rejected = new HtcdsRejectedRowsWriter(writer);
        rejected.row(LINE_COLUMN, PROBLEMS_COLUMN, columns);
        return rejected;
    }

    /** Writes a rejected row with its problems. */
    public void write(HtcdsRow row) throws IOException {
        StringBuilder problems = new StringBuilder();
        for (HtcdsProblem problem : row.problems()) {
            if (problems.length() > 0) {
                problems.append(" | ");
            }
            problems.append(problem);
        }
        row(Long.toString(row.line()), problems.toString(), row.values());
    }

    private void row(String first, String second, List<String> values) throws IOException {
        line.setLength(0);
        HtcdsCsvWriter.text(line, first);
        line.append(',');
        HtcdsCsvWriter.text(line, second);
        for (String value : values) {
            line.append(',');
            HtcdsCsvWriter.text(line, value);
        }
        line.append("\r\n");
        out.append(line);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
