package be.ariadne.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The arguments of {@code import-htcds} / {@code export-htcds}: one file, options with a value, flags. */
final class CommandArguments {
    final List<String> files = new ArrayList<>();
    final Map<String, String> values = new LinkedHashMap<>();
    final List<String> problems = new ArrayList<>();

    static CommandArguments parse(List<String> args, Set<String> withValue, Set<String> flags) {
        CommandArguments a = new CommandArguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                a.files.add(arg);
                continue;
            }
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            if (flags.contains(name) && value == null) {
                a.values.put(name, "true");
            } else if (withValue.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                        a.problems.add(name + " needs a value");
                        continue;
                    }
                    value = args.get(++i);
                }
                if (a.values.put(name, value) != null) a.problems.add(name + " is given twice");
            } else {
                a.problems.add("unknown option '" + arg + "'");
            }
        }
        return a;
    }
}
