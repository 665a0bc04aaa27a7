package be.ariadne.exchange;

import be.ariadne.shared.InvalidInputException;
import be.ariadne.shared.SystemActor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import be.ariadne.shared.cli.CliCommand;
import org.springframework.stereotype.Component;

/**
 * {@code import-htcds FILE.csv --centre CODE [--skip-invalid] [--ignore-unknown-columns]}
 * (contract htcds-exchange). Prints {@code imported N, updated M, rejected K}. Exit 0 imported;
 * 2 bad usage, an unreadable or refused file, or (all or nothing) a bad row — each problem
 * {@code line N: column: problem} on standard error, nothing imported; 1 the database failed.
 */
@Component
class ImportHtcdsCommand implements CliCommand {
    static final String USAGE = "import-htcds FILE.csv --centre CODE [--skip-invalid] [--ignore-unknown-columns]";

    private final HtcdsImport importer;

    ImportHtcdsCommand(HtcdsImport importer) {
        this.importer = importer;
    }

    @Override
    public String name() {
        return "import-htcds";
    }

    @Override
    public String usage() {
        return USAGE + "   import HTCDS 2.0 CSV cases held by a centre";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        CommandArguments a = CommandArguments.parse(args, Set.of("--centre"), Set.of("--skip-invalid", "--ignore-unknown-columns"));
        if (a.files.isEmpty()) a.problems.add("FILE.csv is missing: the HTCDS CSV file to import");
        if (a.files.size() > 1) a.problems.add("one file only, not " + a.files.size());
        if (!a.values.containsKey("--centre")) a.problems.add("--centre is missing: the code of the centre holding the cases");
        Path file = null;
        if (a.files.size() == 1) {
            try {
                file = Path.of(a.files.get(0));
                if (!Files.isRegularFile(file)) a.problems.add("FILE.csv: '" + a.files.get(0) + "' does not exist or is not a file");
                else if (!Files.isReadable(file)) a.problems.add("FILE.csv: '" + a.files.get(0) + "' cannot be read");
            } catch (InvalidPathException e) {
                a.problems.add("FILE.csv: '" + a.files.get(0) + "' is not a file name");
            }
        }
        if (!a.problems.isEmpty()) {
            a.problems.forEach(p -> err.println("import-htcds: " + p));
            err.println("usage: " + USAGE);
            return 2;
        }
        boolean skip = a.values.containsKey("--skip-invalid");
        Path rejected = file.resolveSibling(stripCsv(file.getFileName().toString()) + ".rejected.csv");
        HtcdsImport.Request request = new HtcdsImport.Request(a.values.get("--centre"), skip, a.values.containsKey("--ignore-unknown-columns"),
                false, "file " + file.getFileName());
        Path source = file;
        try {
            if (skip) Files.deleteIfExists(rejected);
            HtcdsImport.Result result = new SystemActor("import-htcds").call(() -> {
                return importer.runStaged(() -> {
                    try {
                        return Files.newInputStream(source);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, request, p -> err.println(p), () -> open(rejected));
            });
            out.println(result.summary());
            if (result.headerRefused()) {
                err.println("import-htcds: the header of '" + source + "' is refused: nothing imported");
                return 2;
            }
            if (result.failed()) {
                err.println("import-htcds: " + result.rejected() + " bad row(s): nothing imported (all or nothing; --skip-invalid imports the good rows)");
                return 2;
            }
            if (skip && result.rejected() > 0) err.println("import-htcds: rejected rows written to " + rejected);
            return 0;
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> err.println("import-htcds: --" + p.field() + ": " + p.message()));
            return 2;
        } catch (UncheckedIOException e) {
            err.println("import-htcds: cannot read '" + source + "': " + e.getCause().getMessage());
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println("import-htcds: the import failed, nothing imported: " + e.getMessage());
            return 1;
        }
    }

    static String stripCsv(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
    }

    private static OutputStream open(Path file) {
        try {
            return Files.newOutputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
