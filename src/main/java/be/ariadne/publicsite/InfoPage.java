package be.ariadne.publicsite;

import java.util.Arrays;
import java.util.Optional;

/**
 * The information pages, in reading order. Each is written per language in
 * {@code templates/publicsite/info/<lang>/<slug>.html}; its title and summary are messages
 * {@code public.info.<slug>.title} and {@code .summary}.
 */
enum InfoPage {
    WHAT_IS_TRAFFICKING("what-is-trafficking"),
    FORMS_OF_EXPLOITATION("forms-of-exploitation"),
    TRAFFICKING_OR_SMUGGLING("trafficking-or-smuggling"),
    VICTIMS("victims"),
    WARNING_SIGNS("warning-signs"),
    COMING_FORWARD("coming-forward"),
    WHO_DOES_WHAT("who-does-what");

    private final String slug;

    InfoPage(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public String titleKey() {
        return "public.info." + slug + ".title";
    }

    public String summaryKey() {
        return "public.info." + slug + ".summary";
    }

    public String path() {
        return "/info/" + slug;
    }

    static Optional<InfoPage> bySlug(String slug) {
        return Arrays.stream(values()).filter(p -> p.slug.equals(slug)).findFirst();
    }

    public InfoPage previous() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }

    public InfoPage next() {
        return ordinal() == values().length - 1 ? null : values()[ordinal() + 1];
    }
}
