package be.ariadne.testsupport;

import be.ariadne.Cli;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.env.Environment;

/** Runs a command-line command in-process against the database of a running test context. */
public final class CliRunner {
    public record Result(int exit, String out, String err) {
    }

    private CliRunner() {
    }

    public static Result run(Environment sameDatabaseAs, String... command) {
        return runWithInput(sameDatabaseAs, "", command);
    }

    public static Result runWithInput(Environment sameDatabaseAs, String stdin, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        if (sameDatabaseAs != null) {
            args.add("--spring.datasource.url=" + sameDatabaseAs.getProperty("spring.datasource.url"));
            args.add("--spring.datasource.username=" + sameDatabaseAs.getProperty("spring.datasource.username"));
            args.add("--spring.datasource.password=" + sameDatabaseAs.getProperty("spring.datasource.password", ""));
            for (String p : List.of("spring.flyway.schemas", "spring.flyway.default-schema")) {
                String v = sameDatabaseAs.getProperty(p);
                if (v != null) args.add("--" + p + "=" + v);
            }
            args.add("--ariadne.test.keep-datasource=true");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(args.toArray(String[]::new), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
