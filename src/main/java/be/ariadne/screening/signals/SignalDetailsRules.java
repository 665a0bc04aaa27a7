package be.ariadne.screening.signals;

import be.ariadne.screening.NewSignal;
import be.ariadne.screening.SignalSource;
import be.ariadne.shared.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The rules for the details of a signal (place, date, free texts), shared by the service and the
 * screens so that both refuse the same things. Problems carry a message key of the
 * {@code screening-web} bundle, to be worded in the reader's language.
 */
public final class SignalDetailsRules {
    public static final int NOTES_MAX = 4000;
    public static final int OTHER_SIGN_MAX = 500;
    public static final int MUNICIPALITY_MAX = 100;

    /** One problem: the field (a form field's id) and a message key with its arguments. */
    public record Problem(String field, String key, Object... args) {
        public FieldProblem worded(MessageSource messages, Locale locale) {
            return new FieldProblem(field, messages.getMessage(key, args, locale));
        }
    }

    private SignalDetailsRules() {
    }

    /** Every problem with the details; empty when they may be saved. */
    public static List<Problem> check(NewSignal signal, SignalSource source, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (signal.postalCode() != null && !signal.postalCode().matches("[1-9][0-9]{3}")) {
            problems.add(new Problem("postalCode", "sw.problem.postalCode"));
        }
        if (signal.municipality() != null) {
            if (signal.municipality().length() > MUNICIPALITY_MAX) {
                problems.add(new Problem("municipality", "sw.problem.tooLong", MUNICIPALITY_MAX));
            } else if (hasControlCharacter(signal.municipality())) {
                problems.add(new Problem("municipality", "sw.problem.oneLine"));
            }
        }
        if (source == SignalSource.SCREENING && signal.postalCode() == null && signal.municipality() == null) {
            problems.add(new Problem("postalCode", "sw.problem.place"));
        }
        if (signal.observedOn() != null && signal.observedOn().isAfter(today)) {
            problems.add(new Problem("observedOn", "sw.problem.observedOn.future"));
        }
        if (signal.otherSign() != null && signal.otherSign().length() > OTHER_SIGN_MAX) {
            problems.add(new Problem("otherSign", "sw.problem.tooLong", OTHER_SIGN_MAX));
        }
        if (signal.notes() != null && signal.notes().length() > NOTES_MAX) {
            problems.add(new Problem("notes", "sw.problem.tooLong", NOTES_MAX));
        }
        return problems;
    }

    private static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
