package be.ariadne.exchange;

import java.util.List;

/** A problem with one column's value, before it is placed on a line of a file. */
record Violation(String column, String code, List<String> arguments) {

    Violation {
        arguments = List.copyOf(arguments);
    }

    static Violation of(Column column, String code, String... arguments) {
        return new Violation(column.header(), code, List.of(arguments));
    }

    HtcdsProblem at(long line) {
        return new HtcdsProblem(line, column, code, arguments);
    }

    @Override
    public String toString() {
        return column + ": " + Messages.problem(java.util.Locale.ENGLISH, code, arguments);
    }
}
