package be.ariadne.shared.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A command of {@code java -jar ariadne.jar NAME ...} that needs the database: run inside a
 * Spring context without a web server. Exit codes: 0 done, 1 failed check, 2 bad usage or input.
 */
public interface CliCommand {
    /** The first word(s) on the command line, e.g. {@code "audit verify"} or {@code "import-htcds"}. */
    String name();

    String usage();

    int run(List<String> args, PrintStream out, PrintStream err);
}
