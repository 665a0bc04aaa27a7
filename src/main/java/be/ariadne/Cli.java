package be.ariadne;

import be.ariadne.shared.cli.CliCommand;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line. Commands that need no database (screening, data generation) run without
 * Spring, so that they answer fast enough for scripts; the others start the application's
 * context without a web server and without scheduled jobs, run, and exit.
 */
public final class Cli {
    /** A command that runs without Spring: args after the command name, stdin, stdout, stderr → exit code. */
    interface PlainCommand {
        int run(String[] args, InputStream in, PrintStream out, PrintStream err);
    }

    private static final Map<String, PlainCommand> PLAIN = new LinkedHashMap<>();
    private static final Map<String, String> PLAIN_USAGE = new LinkedHashMap<>();

    static {
        register("help", "help                          this list", (a, in, out, err) -> {
            usage(out);
            return 0;
        });
        register("screen", "screen FILE.json|- [--lang fr]   evaluate a screening request (contracts/screening.md)",
                be.ariadne.screening.ScreenCommand::run);
        register("generate", "generate --cases N --seed S --out FILE.csv   write N synthetic cases as HTCDS 2.0 CSV",
                (a, in, out, err) -> be.ariadne.exchange.GenerateCommand.run(a, out, err));
    }

    private Cli() {
    }

    static void register(String name, String usage, PlainCommand command) {
        PLAIN.put(name, command);
        PLAIN_USAGE.put(name, usage);
    }

    static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    static boolean hasOption(String[] args, String option) {
        for (String a : args) if (a.equals(option) || a.startsWith(option + "=")) return true;
        return false;
    }

    static int run(String[] args) {
        return run(args, System.in, System.out, System.err);
    }

    /** Runs a command; public for tests, which pass their database as {@code --spring.datasource.*} options. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        PlainCommand plain = PLAIN.get(args[0]);
        if (plain != null) {
            return plain.run(Arrays.copyOfRange(args, 1, args.length), in, out, err);
        }
        if (!DatabasePreflight.reachable(args)) return 1;
        SpringApplication app = new SpringApplication(AriadneApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setLogStartupInfo(false);
        app.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
        app.setDefaultProperties(Map.of(
                "ariadne.scheduling.enabled", "false",
                "logging.level.root", "ERROR",
                "spring.main.lazy-initialization", "false"));
        // Options in the --spring.* / --ariadne.* form configure the application (e.g. the database); the rest is the command.
        String[] command = Arrays.stream(args).filter(a -> !isConfig(a)).toArray(String[]::new);
        String[] config = Arrays.stream(args).filter(Cli::isConfig).toArray(String[]::new);
        // application.properties (ARIADNE_SCHEDULING, default true) outranks default properties: a command line option is needed
        // so that a command does not also run the scheduled jobs (re-encryption, erasure, reminders) beside its own work.
        if (Arrays.stream(config).noneMatch(a -> a.startsWith("--ariadne.scheduling.enabled="))) {
            config = java.util.stream.Stream.concat(Arrays.stream(config), java.util.stream.Stream.of("--ariadne.scheduling.enabled=false"))
                    .toArray(String[]::new);
        }
        try (ConfigurableApplicationContext ctx = app.run(config)) {
            for (CliCommand c : ctx.getBeansOfType(CliCommand.class).values()) {
                String[] words = c.name().split(" ");
                if (command.length >= words.length && Arrays.equals(Arrays.copyOf(command, words.length), words)) {
                    List<String> rest = List.of(command).subList(words.length, command.length);
                    return c.run(rest, out, err);
                }
            }
            err.println("Unknown command: " + String.join(" ", command));
            usage(err, ctx);
            return 2;
        }
    }

    private static boolean isConfig(String arg) {
        return arg.startsWith("--spring.") || arg.startsWith("--ariadne.") || arg.startsWith("--logging.");
    }

    private static void usage(PrintStream out) {
        out.println("Usage: java -jar ariadne.jar [--demo]          serve the application on http://localhost:8080");
        out.println("       java -jar ariadne.jar COMMAND [ARGS]");
        out.println("Commands:");
        PLAIN_USAGE.values().forEach(u -> out.println("  " + u));
        out.println("  (commands that use the database: run 'java -jar ariadne.jar commands' to list them)");
    }

    private static void usage(PrintStream out, ConfigurableApplicationContext ctx) {
        out.println("Commands:");
        PLAIN_USAGE.values().forEach(u -> out.println("  " + u));
        ctx.getBeansOfType(CliCommand.class).values().forEach(c -> out.println("  " + c.usage()));
    }
}
