package be.ariadne.exchange;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads an HTCDS 2.0 CSV file as the htcds-exchange contract describes it (UTF-8, a byte order
 * mark accepted, comma-separated, RFC 4180 quoting, a header row of prefixed HTCDS field names,
 * multi-select values separated by {@code ;}), one row at a time.
 *
 * <p>{@link #open} reads the header and refuses it ({@link HtcdsHeaderException}) when a required
 * column ({@code cas_ExternalId}, {@code cas_IncomingReferralDate}) is missing, a column appears
 * twice, or a column is not one Ariadne reads (unless {@link Options#ignoreUnknownColumns}). Then
 * each row yields either a {@link HtcdsRecord} or every problem of the row, each
 * {@code line N: column: problem} with N the physical line (header = line 1). Empty lines are
 * skipped. Memory does not grow with the file, except about 24 bytes per row to find duplicated
 * {@code cas_ExternalId}s (a million-row file reads in a 64 MB heap).
 *
 * <pre>{@code
 * try (HtcdsCsvReader reader = HtcdsCsvReader.open(in)) {
 *     while (reader.hasNext()) {
 *         HtcdsRow row = reader.next();
 *         ...
 *     }
 * }
 * }</pre>
 *
 * A failure of the underlying stream surfaces as {@link UncheckedIOException} from
 * {@link #hasNext()}/{@link #next()}. Not thread-safe.
 */
public final class HtcdsCsvReader implements Iterator<HtcdsRow>, Closeable {

    private static final String HEADER = "(header)";
    private static final String ROW = "(row)";
    private static final Column[] COLUMNS = Column.values();

    /** Reading options. */
    public static final class Options {
        private static final Options DEFAULTS = new Options(false);
        private final boolean ignoreUnknownColumns;

        private Options(boolean ignoreUnknownColumns) {
            this.ignoreUnknownColumns = ignoreUnknownColumns;
        }

        /** Unknown columns refused. */
        public static Options defaults() {
            return DEFAULTS;
        }

        /** With unknown columns skipped (their values are not read) instead of refused. */
        public Options withIgnoreUnknownColumns(boolean ignore) {
            return new Options(ignore);
        }

        public boolean ignoreUnknownColumns() {
            return ignoreUnknownColumns;
        }
    }

    private final InputStream in;
    private final CsvTokenizer tokenizer;
    private final List<String> columns;
    private final List<String> ignoredColumns;
    /** For each column of the file, the column read, or null when ignored. */
    private final Column[] columnAt;
    private final SeenIds seenIds = new SeenIds();
    private HtcdsRow next;
    private boolean finished;
    private long rowsRead;

    private HtcdsCsvReader(InputStream in, CsvTokenizer tokenizer, List<String> columns, List<String> ignored,
            Column[] columnAt) {
        this.in = in;
        this.tokenizer = tokenizer;
        this.columns = columns;
        this.ignoredColumns = ignored;
        this.columnAt = columnAt;
    }

    /** Opens with the default options: unknown columns are refused. */
    public static HtcdsCsvReader open(InputStream in) throws IOException, HtcdsHeaderException {
        return open(in, Options.defaults());
    }

    /**
     * Reads the header row. The stream is closed with the reader; on a header problem it is closed
     * before the exception is thrown. Pass a plain stream: the reader buffers.
     */
    public static HtcdsCsvReader open(InputStream in, Options options) throws IOException, HtcdsHeaderException {
        try {
            CsvTokenizer tokenizer = new CsvTokenizer(in);
            List<HtcdsProblem> problems = new ArrayList<>();
            if (!tokenizer.next()) {
                in.close();
                throw new HtcdsHeaderException(List.of(new HtcdsProblem(1, HEADER, "header.empty", List.of())));
            }
            for (CsvTokenizer.Problem problem : tokenizer.problems()) {
                problems.add(new HtcdsProblem(problem.line(), HEADER, problem.code(), problem.arguments()));
            }
            int count = tokenizer.fieldCount();
            List<String> names = new ArrayList<>(count);
            List<String> ignored = new ArrayList<>();
            Column[] columnAt = new Column[count];
            int[] positionOf = new int[COLUMNS.length];
            Arrays.fill(positionOf, -1);
            Map<String, Integer> seen = new HashMap<>();
            Vocabulary vocabulary = Vocabulary.standard();
            for (int i = 0; i < count; i++) {
                long line = tokenizer.fieldLine(i);
                int malformed = tokenizer.malformedAt(i);
                if (malformed >= 0) {
                    problems.add(new HtcdsProblem(line, HEADER, "value.malformedUtf8",
                            List.of(hex(tokenizer.byteAt(i, malformed)), Integer.toString(malformed + 1))));
                    names.add(tokenizer.lenientText(i));
                    continue;
                }
                String name = tokenizer.text(i).strip();
                names.add(name);
                if (name.isEmpty()) {
                    problems.add(new HtcdsProblem(line, HEADER, "header.emptyName", List.of(Integer.toString(i + 1))));
                    continue;
                }
                Integer earlier = seen.putIfAbsent(name, i);
                if (earlier != null) {
                    problems.add(new HtcdsProblem(line, name, "header.duplicate",
                            List.of(Integer.toString(earlier + 1), Integer.toString(i + 1))));
                    continue;
                }
                Column column = Column.byHeader(name);
                if (column != null) {
                    columnAt[i] = column;
                    positionOf[column.ordinal()] = i;
                } else if (options.ignoreUnknownColumns()) {
                    ignored.add(name);
                } else {
                    problems.add(new HtcdsProblem(line, name,
                            vocabulary.isHtcdsField(name) ? "header.notRead" : "header.unknown", List.of()));
                }
            }
            for (Column required : Column.REQUIRED) {
                if (positionOf[required.ordinal()] < 0) {
                    problems.add(new HtcdsProblem(1, required.header(), "header.missingRequired", List.of()));
                }
            }
            if (!problems.isEmpty()) {
                in.close();
                throw new HtcdsHeaderException(problems);
            }
            return new HtcdsCsvReader(in, tokenizer, Collections.unmodifiableList(names),
                    Collections.unmodifiableList(ignored), columnAt);
        } catch (IOException | RuntimeException e) {
            try {
                in.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** The header's column names, in the file's order. */
    public List<String> columns() {
        return columns;
    }

    /** The columns skipped because of {@link Options#ignoreUnknownColumns}. */
    public List<String> ignoredColumns() {
        return ignoredColumns;
    }

    /** Data rows returned so far (empty lines are not rows). */
    public long rowsRead() {
        return rowsRead;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !finished) {
            try {
                while (tokenizer.next()) {
                    if (!tokenizer.isBlankLine()) {
                        next = parseRow();
                        return true;
                    }
                }
                finished = true;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the HTCDS file", e);
            }
        }
        return next != null;
    }

    @Override
    public HtcdsRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        HtcdsRow row = next;
        next = null;
        rowsRead++;
        return row;
    }

    /** The remaining rows as a sequential stream; closing the stream closes the reader. */
    public Stream<HtcdsRow> rows() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(() -> {
                    try {
                        close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Override
    public void close() throws IOException {
        finished = true;
        next = null;
        in.close();
    }

    private HtcdsRow parseRow() {
        long rowLine = tokenizer.rowLine();
        int count = tokenizer.fieldCount();
        List<HtcdsProblem> problems = new ArrayList<>(0);
        boolean[] unreadable = new boolean[count];
        for (CsvTokenizer.Problem problem : tokenizer.problems()) {
            problems.add(new HtcdsProblem(problem.line(), nameOf(problem.field()), problem.code(), problem.arguments()));
            unreadable[problem.field()] = true;
        }
        String[] raw = new String[count];
        for (int i = 0; i < count; i++) {
            int malformed = tokenizer.malformedAt(i);
            if (malformed >= 0) {
                raw[i] = tokenizer.lenientText(i);
                if (!unreadable[i]) {
                    problems.add(new HtcdsProblem(tokenizer.fieldLine(i), nameOf(i), "value.malformedUtf8",
                            List.of(hex(tokenizer.byteAt(i, malformed)), Integer.toString(malformed + 1))));
                }
                unreadable[i] = true;
            } else {
                raw[i] = tokenizer.text(i);
            }
        }
        List<String> values = Collections.unmodifiableList(Arrays.asList(raw));
        if (count != columns.size()) {
            if (count < columns.size()) {
                problems.add(new HtcdsProblem(rowLine, columns.get(count), "csv.tooFewValues",
                        List.of(Integer.toString(count), Integer.toString(columns.size()))));
            } else {
                problems.add(new HtcdsProblem(rowLine, ROW, "csv.tooManyValues",
                        List.of(Integer.toString(count), Integer.toString(columns.size()))));
            }
            return new HtcdsRow(rowLine, null, problems, values);
        }
        RowValues row = new RowValues(problems);
        for (int i = 0; i < count; i++) {
            Column column = columnAt[i];
            if (column == null) {
                continue;
            }
            if (unreadable[i]) {
                row.unreadable[column.ordinal()] = true;
            } else {
                row.read(column, raw[i], tokenizer.fieldLine(i));
            }
        }
        row.checkAcrossColumns(rowLine, seenIds);
        HtcdsRecord record = problems.isEmpty() ? row.build(rowLine) : null;
        return new HtcdsRow(rowLine, record, problems, values);
    }

    private String nameOf(int field) {
        return field < columns.size() ? columns.get(field) : "column " + (field + 1);
    }

    static String hex(int b) {
        String digits = Integer.toHexString(b).toUpperCase();
        return digits.length() == 1 ? "0x0" + digits : "0x" + digits;
    }

    /** The values of one row while it is read, with the problems found so far. */
    private static final class RowValues {
        private final List<HtcdsProblem> problems;
        private final long[] lines = new long[COLUMNS.length];
        /** Columns whose value could not be read (reported already): no further check on them. */
        private final boolean[] unreadable = new boolean[COLUMNS.length];

        private String externalId;
        private LocalDate registrationDate;
        private CaseStatus caseStatus;
        private Gender gender;
        private BirthDate birthDate;
        private TraffickingStatus traffickingStatus;
        private Integer age;
        private String relationship;
        private final String[] texts = new String[COLUMNS.length];
        private List<String> citizenships = List.of();
        private String mailingCountry;
        private String primaryLanguage;
        private String secondaryLanguage;
        private List<String> recruitment = List.of();
        private List<String> control = List.of();
        private List<String> types = List.of();
        private List<String> otherTypes = List.of();
        private List<String> sexTypes = List.of();
        private List<String> industries = List.of();

        RowValues(List<HtcdsProblem> problems) {
            this.problems = problems;
        }

        private boolean report(Violation violation, long line) {
            if (violation == null) {
                return false;
            }
            problems.add(violation.at(line));
            return true;
        }

        void read(Column column, String rawValue, long line) {
            lines[column.ordinal()] = line;
            String value = Texts.clean(rawValue);
            boolean bad;
            switch (column) {
                case EXTERNAL_ID:
                    bad = value == null ? report(Rules.required(column), line) : report(Rules.text(column, value), line);
                    externalId = value;
                    break;
                case REGISTRATION_DATE:
                    if (value == null) {
                        bad = report(Rules.required(column), line);
                    } else {
                        registrationDate = date(column, value, line);
                        bad = registrationDate == null;
                    }
                    break;
                case STATUS:
                    bad = value != null && report(Rules.vocabulary(column, value), line);
                    caseStatus = value == null || bad ? null : AriadneCodes.status(value);
                    break;
                case GENDER:
                    bad = value != null && report(Rules.vocabulary(column, value), line);
                    gender = value == null || bad ? null : AriadneCodes.gender(value);
                    break;
                case TRAFFICKING_STATUS:
                    bad = value != null && report(Rules.vocabulary(column, value), line);
                    traffickingStatus = value == null || bad ? null : AriadneCodes.trafficking(value);
                    break;
                case RELATIONSHIP_TO_TRAFFICKER:
                    bad = value != null && report(Rules.vocabulary(column, value), line);
                    relationship = value;
                    break;
                case BIRTHDATE:
                    birthDate = value == null ? null : birthDate(value, line);
                    bad = value != null && birthDate == null;
                    break;
                case AGE_WHEN_TRAFFICKED:
                    age = value == null ? null : age(value, line);
                    bad = value != null && age == null;
                    break;
                case CITIZENSHIP:
                    citizenships = split(value);
                    bad = false;
                    for (int i = 0; i < citizenships.size(); i++) {
                        String code = Rules.upper(citizenships.get(i));
                        citizenships.set(i, code);
                        bad |= report(Rules.country(column, code), line);
                    }
                    break;
                case MAILING_COUNTRY:
                    mailingCountry = value == null ? null : Rules.upper(value);
                    bad = mailingCountry != null && report(Rules.country(column, mailingCountry), line);
                    break;
                case PRIMARY_LANGUAGE:
                    primaryLanguage = value == null ? null : Rules.lower(value);
                    bad = primaryLanguage != null && report(Rules.language(column, primaryLanguage), line);
                    break;
                case SECONDARY_LANGUAGE:
                    secondaryLanguage = value == null ? null : Rules.lower(value);
                    bad = secondaryLanguage != null && report(Rules.language(column, secondaryLanguage), line);
                    break;
                case METHOD_OF_RECRUITMENT:
                    recruitment = valueNames(column, value, line);
                    bad = recruitment == null;
                    break;
                case METHODS_OF_CONTROL:
                    control = valueNames(column, value, line);
                    bad = control == null;
                    break;
                case TYPE_OF_EXPLOITATION:
                    types = valueNames(column, value, line);
                    bad = types == null;
                    break;
                case OTHER_EXPLOITATION:
                    otherTypes = valueNames(column, value, line);
                    bad = otherTypes == null;
                    break;
                case TYPE_OF_SEX_EXPLOITATION:
                    sexTypes = valueNames(column, value, line);
                    bad = sexTypes == null;
                    break;
                case FORCED_LABOUR_INDUSTRY:
                    industries = valueNames(column, value, line);
                    bad = industries == null;
                    break;
                default: // free text
                    bad = value != null && report(Rules.text(column, value), line);
                    texts[column.ordinal()] = value;
                    break;
            }
            unreadable[column.ordinal()] = bad;
        }

        private LocalDate date(Column column, String value, long line) {
            if (!isIsoDateShape(value)) {
                report(Violation.of(column, "value.notADate", Texts.shown(value)), line);
                return null;
            }
            LocalDate date;
            try {
                date = LocalDate.of(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10));
            } catch (DateTimeException e) {
                report(Violation.of(column, "value.impossibleDate", Texts.shown(value)), line);
                return null;
            }
            return report(Rules.year(column, date.getYear(), value), line) ? null : date;
        }

        private BirthDate birthDate(String value, long line) {
            if (value.length() == 4 && isDigits(value, 0, 4)) {
                int year = digits(value, 0, 4);
                return report(Rules.year(Column.BIRTHDATE, year, value), line) ? null : BirthDate.ofYear(year);
            }
            if (!isIsoDateShape(value)) {
                report(Violation.of(Column.BIRTHDATE, "value.notABirthDate", Texts.shown(value)), line);
                return null;
            }
            LocalDate date = date(Column.BIRTHDATE, value, line);
            return date == null ? null : BirthDate.of(date);
        }

        private Integer age(String value, long line) {
            int start = value.charAt(0) == '-' || value.charAt(0) == '+' ? 1 : 0;
            if (value.length() == start || !isDigits(value, start, value.length())) {
                report(Violation.of(Column.AGE_WHEN_TRAFFICKED, "value.notANumber", Texts.shown(value)), line);
                return null;
            }
            int digitCount = value.length() - start;
            // Nine digits fit an int; anything longer is far above any age anyway.
            int magnitude = digitCount > 9 ? Integer.MAX_VALUE : digits(value, start, value.length());
            int age = value.charAt(0) == '-' ? -magnitude : magnitude;
            return report(Rules.age(age, value), line) ? null : age;
        }

        /** The value names of a multi-select value (null when one is unknown, reported). */
        private List<String> valueNames(Column column, String value, long line) {
            List<String> names = split(value);
            boolean bad = false;
            for (String name : names) {
                bad |= report(Rules.vocabulary(column, name), line);
            }
            return bad ? null : names;
        }

        void checkAcrossColumns(long rowLine, SeenIds seenIds) {
            if (registrationDate != null && birthDate != null) {
                report(Rules.birthAfterRegistration(registrationDate, birthDate), lines[Column.BIRTHDATE.ordinal()]);
                report(Rules.ageOlderThanPerson(registrationDate, birthDate, age),
                        lines[Column.AGE_WHEN_TRAFFICKED.ordinal()]);
            }
            if (otherTypes != null && !otherTypes.isEmpty() && types != null
                    && !types.contains(AriadneCodes.TYPE_OTHER)) {
                report(Violation.of(Column.OTHER_EXPLOITATION, "rule.otherWithoutOther",
                        Texts.shown(String.join(";", otherTypes))), lines[Column.OTHER_EXPLOITATION.ordinal()]);
            }
            if (externalId != null && !unreadable[Column.EXTERNAL_ID.ordinal()]) {
                long first = seenIds.addOrFirstLine(externalId, rowLine);
                if (first >= 0) {
                    report(Violation.of(Column.EXTERNAL_ID, "rule.duplicateId", Texts.shown(externalId),
                            Long.toString(first)), lines[Column.EXTERNAL_ID.ordinal()]);
                }
            }
        }

        HtcdsRecord build(long rowLine) {
            try {
                return new HtcdsRecord(externalId, registrationDate, caseStatus,
                        texts[Column.REASON_FOR_CLOSURE.ordinal()], texts[Column.FIRST_NAME.ordinal()],
                        texts[Column.SECOND_NAME.ordinal()], gender, birthDate, citizenships,
                        texts[Column.IDENTITY_NUMBER.ordinal()], texts[Column.MOBILE_PHONE.ordinal()],
                        texts[Column.MAILING_STREET.ordinal()], texts[Column.MAILING_CITY.ordinal()],
                        texts[Column.MAILING_POSTAL_CODE.ordinal()], mailingCountry, primaryLanguage,
                        secondaryLanguage, traffickingStatus, age, relationship, Set.copyOf(recruitment),
                        Set.copyOf(control), AriadneCodes.exploitationForms(types, otherTypes),
                        Set.copyOf(sexTypes), Set.copyOf(industries));
            } catch (IllegalArgumentException e) {
                // The reader checks what the record checks; should they ever disagree, the row is
                // rejected with the record's reason rather than the import failing.
                problems.add(new HtcdsProblem(rowLine, ROW, "row.invalid", List.of(e.getMessage())));
                return null;
            }
        }
    }

    /** Values of a multi-select field: split on {@code ;}, stripped, empty items dropped. */
    static List<String> split(String value) {
        List<String> out = new ArrayList<>(2);
        if (value == null) {
            return out;
        }
        int start = 0;
        while (start <= value.length()) {
            int end = value.indexOf(';', start);
            if (end < 0) {
                end = value.length();
            }
            String item = value.substring(start, end).strip();
            if (!item.isEmpty() && !out.contains(item)) {
                out.add(item);
            }
            start = end + 1;
        }
        return out;
    }

    private static boolean isIsoDateShape(String value) {
        return value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-'
                && isDigits(value, 0, 4) && isDigits(value, 5, 7) && isDigits(value, 8, 10);
    }

    private static boolean isDigits(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int digits(String value, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (value.charAt(i) - '0');
        }
        return n;
    }
}
