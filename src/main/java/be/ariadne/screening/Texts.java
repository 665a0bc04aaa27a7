package be.ariadne.screening;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The screening message bundle ({@code i18n/screening*.properties}) for one supported language,
 * read once without Spring. Bundles are looked up without falling back to the JVM's default
 * locale, so English is what an unsupported language gets, whatever the machine's settings.
 */
final class Texts {

    static final String BUNDLE = "i18n.screening";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Map<String, Texts> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    final String language;
    private final Map<String, String> messages;

    private Texts(String language) {
        this.language = language;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language), NO_FALLBACK);
        Map<String, String> copy = new HashMap<>();
        for (String key : bundle.keySet()) {
            copy.put(key, bundle.getString(key));
        }
        this.messages = copy;
    }

    static Texts of(Locale locale) {
        return of(IndicatorCatalogue.language(locale));
    }

    static Texts of(String language) {
        return CACHE.computeIfAbsent(language, Texts::new);
    }

    /** The message for a key; a missing key is a programming error (the bundles are tested for parity). */
    String get(String key) {
        String message = messages.get(key);
        if (message == null) {
            throw new IllegalStateException("missing message " + key + " in " + BUNDLE + " (" + language + ")");
        }
        return message;
    }

    /** The label of a contract code (action, form, advice, circumstance, pathway, qualification…). */
    String label(Enum<?> code) {
        return get(prefix(code) + code.name());
    }

    static String prefix(Enum<?> code) {
        if (code instanceof Action) {
            return "screening.action.";
        } else if (code instanceof ExploitationForm) {
            return "screening.exploitation.";
        } else if (code instanceof Advice) {
            return "screening.advice.";
        } else if (code instanceof AggravatingCircumstance) {
            return "screening.aggravating.";
        } else if (code instanceof Pathway) {
            return "screening.pathway.";
        } else if (code instanceof Qualification) {
            return "screening.qualification.";
        } else if (code instanceof Smuggling) {
            return "screening.smuggling.";
        } else if (code instanceof IloList) {
            return "screening.list.";
        } else if (code instanceof Strength) {
            return "screening.strength.";
        }
        throw new IllegalArgumentException("no label for " + code.getDeclaringClass().getSimpleName()
                + " (dimension labels are in the catalogue)");
    }

    /** The template for a key with {0}, {1}… replaced (no MessageFormat: apostrophes stay as written). */
    String format(String key, Object... args) {
        return fill(get(key), args);
    }

    static String fill(String template, Object... args) {
        StringBuilder out = new StringBuilder(template.length() + 48);
        int length = template.length();
        for (int i = 0; i < length; i++) {
            char c = template.charAt(i);
            if (c == '{' && i + 2 < length && template.charAt(i + 2) == '}') {
                int index = template.charAt(i + 1) - '0';
                if (index >= 0 && index < args.length) {
                    out.append(args[index]);
                    i += 2;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }
}
