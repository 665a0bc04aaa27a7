package be.ariadne.exchange;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Problem texts from the module's message bundle {@code i18n/exchange*.properties}. */
final class Messages {

    private static final String BUNDLE = "i18n/exchange";
    // Without this control, asking for English on a JVM whose default locale is French would
    // fall back to the French bundle instead of the base (English) one.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    static String problem(Locale locale, String code, List<String> arguments) {
        return fill(pattern(locale, "exchange.problem." + code), arguments);
    }

    static String line(Locale locale, long line, String column, String message) {
        return fill(pattern(locale, "exchange.problem.line"), List.of(Long.toString(line), column, message));
    }

    private static String pattern(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("message key missing from " + BUNDLE + ": " + key, e);
        }
    }

    /**
     * Replaces {0}, {1}… with the arguments taken literally, and '' with ' — the same convention as
     * the application's message source (MessageFormat for messages with arguments), without
     * MessageFormat's other rules, so that values are never interpreted.
     */
    static String fill(String pattern, List<String> arguments) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '{' && i + 2 < pattern.length() && pattern.charAt(i + 2) == '}'
                    && Character.isDigit(pattern.charAt(i + 1))) {
                int index = pattern.charAt(i + 1) - '0';
                out.append(index < arguments.size() ? arguments.get(index) : "?");
                i += 3;
            } else if (c == '\'' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                out.append('\'');
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
