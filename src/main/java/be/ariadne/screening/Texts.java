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
    private final Map<String, Template> templates;

    private Texts(String language) {
        this.language = language;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language), NO_FALLBACK);
        Map<String, String> copy = new HashMap<>();
        Map<String, Template> compiled = new HashMap<>();
        for (String key : bundle.keySet()) {
            String message = bundle.getString(key);
            copy.put(key, message);
            compiled.put(key, Template.compile(message));
        }
        this.messages = copy;
        this.templates = compiled;
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
        Template template = templates.get(key);
        if (template == null) {
            throw new IllegalStateException("missing message " + key + " in " + BUNDLE + " (" + language + ")");
        }
        return template.format(args);
    }

    static String fill(String template, Object... args) {
        return Template.compile(template).format(args);
    }

    /**
     * A message split once into literal parts and argument positions, so that filling it is a few
     * bulk appends (explanations are built on every evaluation).
     */
    static final class Template {
        private final String[] literals;
        private final int[] arguments;
        private final int length;

        private Template(String[] literals, int[] arguments, int length) {
            this.literals = literals;
            this.arguments = arguments;
            this.length = length;
        }

        /** Splits at each {digit}; any other brace is literal text. */
        static Template compile(String message) {
            java.util.List<String> literals = new java.util.ArrayList<>();
            java.util.List<Integer> arguments = new java.util.ArrayList<>();
            int start = 0;
            for (int i = 0; i + 2 < message.length(); i++) {
                if (message.charAt(i) == '{' && Character.isDigit(message.charAt(i + 1)) && message.charAt(i + 2) == '}') {
                    literals.add(message.substring(start, i));
                    arguments.add(message.charAt(i + 1) - '0');
                    start = i + 3;
                    i += 2;
                }
            }
            literals.add(message.substring(start));
            if (!arguments.isEmpty()) {
                // The project's convention (that of Spring's message source): in a message with
                // arguments an apostrophe is written ''.
                literals.replaceAll(l -> l.replace("''", "'"));
            }
            int[] positions = new int[arguments.size()];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = arguments.get(i);
            }
            return new Template(literals.toArray(new String[0]), positions, message.length());
        }

        String format(Object... args) {
            if (arguments.length == 0) {
                return literals[0];
            }
            StringBuilder out = new StringBuilder(length + 16 * arguments.length);
            for (int i = 0; i < arguments.length; i++) {
                out.append(literals[i]);
                int index = arguments[i];
                if (index < args.length) {
                    out.append(args[index]);
                } else {
                    out.append('{').append(index).append('}');
                }
            }
            return out.append(literals[arguments.length]).toString();
        }
    }
}
