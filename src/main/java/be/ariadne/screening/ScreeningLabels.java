package be.ariadne.screening;

import java.util.Locale;

/**
 * Labels of the contract codes in English, French, Dutch or German, read from the module's
 * message bundle ({@code i18n/screening*.properties}) without Spring. Labels of signs, indicators
 * and dimensions are in the {@link IndicatorCatalogue}.
 */
public final class ScreeningLabels {

    private ScreeningLabels() {
    }

    /**
     * The label of an {@link Action}, {@link ExploitationForm}, {@link Advice},
     * {@link AggravatingCircumstance}, {@link Pathway}, {@link Qualification}, {@link Smuggling},
     * {@link IloList} or {@link Strength}, in the locale's language (English when unsupported).
     *
     * @throws IllegalArgumentException for any other kind of code
     */
    public static String label(Enum<?> code, Locale locale) {
        return Texts.of(locale).label(code);
    }

    /** Any message of the screening bundle by key (e.g. {@code screening.signs.notExhaustive}). */
    public static String message(String key, Locale locale) {
        return Texts.of(locale).get(key);
    }
}
