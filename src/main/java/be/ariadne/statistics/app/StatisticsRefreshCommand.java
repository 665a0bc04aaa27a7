package be.ariadne.statistics.app;

import be.ariadne.shared.cli.CliCommand;
import java.io.PrintStream;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar ariadne.jar statistics refresh [--all]}: the catch-up on demand. Reads the facts
 * of the cases the statistics have not seen (of every case with {@code --all}) from the case file,
 * then rebuilds the counts of every stale month.
 */
@Component
class StatisticsRefreshCommand implements CliCommand {
    private final FactsUpdater updater;

    StatisticsRefreshCommand(FactsUpdater updater) {
        this.updater = updater;
    }

    @Override
    public String name() {
        return "statistics refresh";
    }

    @Override
    public String usage() {
        return "statistics refresh [--all]   catch up the statistics with the case file and rebuild stale counts";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        boolean all = false;
        for (String a : args) {
            if (a.equals("--all")) {
                all = true;
            } else {
                err.println("Unknown option: " + a);
                err.println("Usage: " + usage());
                return 2;
            }
        }
        long cases = updater.catchUp(all);
        if (cases < 0) {
            err.println("Another instance is catching up the statistics right now; try again later.");
            return 1;
        }
        int months = updater.refresh();
        out.printf("statistics: facts of %d cases read, counts of %d months rebuilt%n", cases, months);
        return 0;
    }
}
