package be.ariadne;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Ariadne. Without a command, serves the application (add {@code --demo} for synthetic demo
 * data); with one ({@code screen}, {@code audit verify}, {@code import-htcds} …), runs that
 * command and exits. See {@link Cli}.
 */
@SpringBootApplication
public class AriadneApplication {
    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args));
        }
        if (Cli.hasOption(args, "--demo") && "production".equalsIgnoreCase(System.getenv("ARIADNE_ENV"))) {
            System.err.println("--demo is refused when ARIADNE_ENV=production: demo accounts must never exist in production.");
            System.exit(2);
        }
        if (!DatabasePreflight.reachable(args)) {
            System.exit(1);
        }
        SpringApplication.run(AriadneApplication.class, args);
    }
}
