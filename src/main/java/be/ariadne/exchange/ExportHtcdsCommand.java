package be.ariadne.exchange;

import be.ariadne.shared.InvalidInputException;
import be.ariadne.shared.SystemActor;
import be.ariadne.shared.cli.CliCommand;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code export-htcds FILE.csv --centre CODE} (contract htcds-exchange): every case held by the
 * centre as HTCDS CSV, written under a temporary name and moved into place. Prints
 * {@code exported N}. Exit 0 done; 2 bad usage; 1 the file or the database failed.
 */
@Component
class ExportHtcdsCommand implements CliCommand {
    static final String USAGE = "export-htcds FILE.csv --centre CODE";

    private final HtcdsExport exporter;

    ExportHtcdsCommand(HtcdsExport exporter) {
        this.exporter = exporter;
    }

    @Override
    public String name() {
        return "export-htcds";
    }

    @Override
    public String usage() {
        return USAGE + "   export the cases a centre holds as HTCDS 2.0 CSV";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        CommandArguments a = CommandArguments.parse(args, Set.of("--centre"), Set.of());
        if (a.files.isEmpty()) a.problems.add("FILE.csv is missing: the CSV file to write");
        if (a.files.size() > 1) a.problems.add("one file only, not " + a.files.size());
        if (!a.values.containsKey("--centre")) a.problems.add("--centre is missing: the code of the centre holding the cases");
        Path file = null;
        if (a.files.size() == 1) {
            try {
                file = Path.of(a.files.get(0)).toAbsolutePath();
                if (Files.isDirectory(file)) a.problems.add("FILE.csv: '" + a.files.get(0) + "' is a directory");
                else if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
                    a.problems.add("FILE.csv: the directory of '" + a.files.get(0) + "' does not exist");
                }
            } catch (InvalidPathException e) {
                a.problems.add("FILE.csv: '" + a.files.get(0) + "' is not a file name");
            }
        }
        if (!a.problems.isEmpty()) {
            a.problems.forEach(p -> err.println("export-htcds: " + p));
            err.println("usage: " + USAGE);
            return 2;
        }
        Path target = file;
        Path temporary = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            HtcdsExport.Result result;
            try (OutputStream stream = Files.newOutputStream(temporary)) {
                result = new SystemActor("export-htcds").call(() -> exporter.export(a.values.get("--centre"), stream,
                        skipped -> err.println("export-htcds: left out " + skipped)));
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            out.println("exported " + result.written() + (result.skipped() > 0 ? ", left out " + result.skipped() : ""));
            return 0;
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> err.println("export-htcds: --" + p.field() + ": " + p.message()));
            return 2;
        } catch (IOException | UncheckedIOException e) {
            err.println("export-htcds: cannot write '" + target + "': " + e.getMessage());
            return 1;
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // nothing left to clean
            }
        }
    }
}
