package be.ariadne.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Test helpers: CSV text in, rows out; records in, CSV text out. */
final class Csv {

    private Csv() {
    }

    static List<HtcdsRow> read(String content) throws HtcdsHeaderException {
        return read(content.getBytes(StandardCharsets.UTF_8), HtcdsCsvReader.Options.defaults());
    }

    static List<HtcdsRow> read(byte[] content, HtcdsCsvReader.Options options) throws HtcdsHeaderException {
        try (HtcdsCsvReader reader = HtcdsCsvReader.open(new ByteArrayInputStream(content), options)) {
            List<HtcdsRow> rows = new ArrayList<>();
            reader.forEachRemaining(rows::add);
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every problem of every row, as {@code line N: column: problem}. */
    static List<String> problems(String content) throws HtcdsHeaderException {
        return read(content).stream().flatMap(row -> row.problems().stream()).map(HtcdsProblem::toString)
                .collect(Collectors.toList());
    }

    static HtcdsRecord single(String content) throws HtcdsHeaderException {
        List<HtcdsRow> rows = read(content);
        if (rows.size() != 1 || !rows.get(0).isValid()) {
            throw new AssertionError("expected one valid row, got " + rows);
        }
        return rows.get(0).record().orElseThrow();
    }

    static String write(List<HtcdsRecord> records) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (HtcdsCsvWriter writer = HtcdsCsvWriter.open(bytes)) {
            for (HtcdsRecord record : records) {
                writer.write(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
