package be.ariadne.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Command line: {@code generate --cases N --seed S --out FILE.csv} writes N synthetic cases
 * ({@link SyntheticCaseGenerator}) as an HTCDS CSV file. No Spring, no database.
 *
 * <p>Exit codes: 0 done (one summary line on standard output); 2 bad arguments (each problem
 * naming the argument, then the usage, on standard error); 1 the file could not be written. The
 * file is written next to its destination under a temporary name and moved into place at the
 * end, so an interrupted run leaves no half-written file; an existing file is replaced.
 * {@code --name=value} is accepted as well as {@code --name value}.
 */
public final class GenerateCommand {

    static final long MAX_CASES = 100_000_000L;
    static final String USAGE = "usage: generate --cases N --seed S --out FILE.csv";

    private GenerateCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> problems = new ArrayList<>();
        Map<String, String> values = parse(args, problems);
        Long cases = null;
        Long seed = null;
        Path file = null;
        // A name present with a null value "needs a value": reported already by parse().
        String casesText = values.get("--cases");
        if (!values.containsKey("--cases")) {
            problems.add("--cases is missing: the number of cases to generate");
        } else if (casesText != null) {
            cases = wholeNumber(casesText);
            if (cases == null || cases < 0 || cases > MAX_CASES) {
                problems.add("--cases: '" + casesText + "' is not a whole number from 0 to " + MAX_CASES);
            }
        }
        String seedText = values.get("--seed");
        if (!values.containsKey("--seed")) {
            problems.add("--seed is missing: a whole number fixing the generated cases");
        } else if (seedText != null) {
            seed = wholeNumber(seedText);
            if (seed == null) {
                problems.add("--seed: '" + seedText + "' is not a whole number (64-bit)");
            }
        }
        String outText = values.get("--out");
        if (!values.containsKey("--out")) {
            problems.add("--out is missing: the CSV file to write");
        } else if (outText != null) {
            file = outputFile(outText, problems);
        }
        if (!problems.isEmpty()) {
            problems.forEach(problem -> err.println("generate: " + problem));
            err.println(USAGE);
            return 2;
        }
        try {
            write(file, cases, seed);
        } catch (IOException | RuntimeException | ExceptionInInitializerError e) {
            err.println("generate: --out: cannot write '" + outText + "': " + e.getMessage());
            return 1;
        }
        out.println("generated " + cases + " synthetic cases (seed " + seed + ") in " + file);
        return 0;
    }

    private static Map<String, String> parse(String[] args, List<String> problems) {
        Map<String, String> values = new LinkedHashMap<>();
        int i = args.length > 0 && args[0].equals("generate") ? 1 : 0;
        for (; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            if (!name.equals("--cases") && !name.equals("--seed") && !name.equals("--out")) {
                problems.add("unknown argument '" + arg + "'");
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    problems.add(name + " needs a value");
                } else {
                    value = args[++i];
                }
            }
            if (values.containsKey(name)) {
                problems.add(name + " is given twice");
            } else {
                values.put(name, value);
            }
        }
        return values;
    }

    private static Long wholeNumber(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Path outputFile(String text, List<String> problems) {
        Path file;
        try {
            file = Path.of(text).toAbsolutePath();
        } catch (InvalidPathException e) {
            problems.add("--out: '" + text + "' is not a file name");
            return null;
        }
        if (text.isBlank() || Files.isDirectory(file)) {
            problems.add("--out: '" + text + "' is a directory, not a file");
            return null;
        }
        Path directory = file.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            problems.add("--out: the directory of '" + text + "' does not exist");
            return null;
        }
        if (!Files.isWritable(directory)) {
            problems.add("--out: the directory of '" + text + "' is not writable");
            return null;
        }
        return file;
    }

    private static void write(Path file, long cases, long seed) throws IOException {
        // Not Files.createTempFile: its owner-only permissions would pass to the result.
        Path temporary = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            try (OutputStream stream = Files.newOutputStream(temporary)) {
                new SyntheticCaseGenerator(seed).writeCsv(cases, stream);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
