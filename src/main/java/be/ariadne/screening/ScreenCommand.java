package be.ariadne.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

/**
 * The {@code screen} command: evaluates one screening request without starting Spring.
 *
 * <pre>
 * screen [--lang en|fr|nl|de] FILE.json
 * screen [--lang en|fr|nl|de] -            (request on standard input)
 * </pre>
 *
 * Prints the result JSON on standard output and returns 0. A bad request prints every problem on
 * standard error, one per line as {@code field: message}, and returns 2; so do a missing file and
 * wrong usage, with a clear message. Output is UTF-8 whatever the platform's default.
 */
public final class ScreenCommand {

    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    static final int BAD_INPUT = 2;

    static final String USAGE = "usage: screen [--lang en|fr|nl|de] FILE.json   (or - to read the request from standard input)";

    private ScreenCommand() {
    }

    /**
     * Runs the command.
     *
     * @param args  the arguments after {@code screen}
     * @param stdin where {@code -} reads the request from
     * @param out   receives the result JSON
     * @param err   receives problems and usage messages
     * @return the exit status: 0 done, 2 bad input or usage
     */
    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        String language = "en";
        String input = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                print(out, USAGE);
                return OK;
            } else if (arg.equals("--lang") || arg.startsWith("--lang=")) {
                String value;
                if (arg.equals("--lang")) {
                    if (i + 1 >= args.length) {
                        return usage(err, "--lang needs a language (en, fr, nl or de)");
                    }
                    value = args[++i];
                } else {
                    value = arg.substring("--lang=".length());
                }
                if (!IndicatorCatalogue.LANGUAGES.contains(value)) {
                    return usage(err, "unsupported language '" + value + "' (use en, fr, nl or de)");
                }
                language = value;
            } else if (arg.startsWith("-") && !arg.equals("-")) {
                return usage(err, "unknown option '" + arg + "'");
            } else if (input != null) {
                return usage(err, "only one request at a time (got '" + input + "' and '" + arg + "')");
            } else {
                input = arg;
            }
        }
        if (input == null) {
            return usage(err, "which request? give a FILE.json, or - for standard input");
        }

        ScreeningJson json;
        ScreeningEngine engine;
        try {
            json = ScreeningJson.standard();
            engine = ScreeningEngine.standard();
        } catch (InvalidCatalogueException | ExceptionInInitializerError e) {
            // The shipped catalogue is tested, so this means a broken build: say so plainly.
            Throwable cause = e instanceof ExceptionInInitializerError && e.getCause() != null ? e.getCause() : e;
            print(err, "screen: internal error: " + cause.getMessage());
            return INTERNAL_ERROR;
        }
        ScreeningJson.Parsed parsed;
        if (input.equals("-")) {
            parsed = json.parse(stdin);
        } else {
            Path file;
            try {
                file = Paths.get(input);
            } catch (RuntimeException e) {
                print(err, "screen: invalid file name '" + input + "'");
                return BAD_INPUT;
            }
            if (Files.isDirectory(file)) {
                print(err, "screen: " + input + " is a directory, not a request file");
                return BAD_INPUT;
            }
            try (InputStream in = Files.newInputStream(file)) {
                parsed = json.parse(in);
            } catch (NoSuchFileException e) {
                print(err, "screen: no such file: " + input);
                return BAD_INPUT;
            } catch (AccessDeniedException e) {
                print(err, "screen: cannot read " + input + ": permission denied");
                return BAD_INPUT;
            } catch (IOException e) {
                print(err, "screen: cannot read " + input + ": " + e.getMessage());
                return BAD_INPUT;
            }
        }
        if (!parsed.valid()) {
            StringBuilder lines = new StringBuilder();
            for (RequestProblem problem : parsed.problems()) {
                lines.append(problem.field()).append(": ").append(problem.message()).append('\n');
            }
            err.writeBytes(lines.toString().getBytes(StandardCharsets.UTF_8));
            err.flush();
            return BAD_INPUT;
        }
        try {
            ScreeningResult result = engine.evaluate(parsed.request(), Locale.forLanguageTag(language));
            print(out, json.writePretty(result));
            return OK;
        } catch (RuntimeException e) {
            // Not expected for a parsed request; still, never a stack trace for the user.
            print(err, "screen: internal error: " + e);
            return INTERNAL_ERROR;
        }
    }

    private static int usage(PrintStream err, String problem) {
        print(err, "screen: " + problem);
        print(err, USAGE);
        return BAD_INPUT;
    }

    private static void print(PrintStream stream, String line) {
        stream.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
        stream.flush();
    }
}
