package be.ariadne.shared.web;

import java.util.List;
import java.util.Locale;

/** The four languages of every screen and message: English (the default), French, Dutch and German. */
public final class SupportedLanguages {
    public static final List<Locale> ALL = List.of(Locale.ENGLISH, Locale.FRENCH, new Locale("nl"), Locale.GERMAN);
    public static final Locale DEFAULT = Locale.ENGLISH;

    private SupportedLanguages() {
    }

    /** The supported language for a tag such as {@code fr-BE}, or null when it is not supported. */
    public static Locale match(String tag) {
        if (tag == null || tag.isBlank()) return null;
        String lang = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        for (Locale l : ALL) if (l.getLanguage().equals(lang)) return l;
        return null;
    }

    /** The best supported language for an {@code Accept-Language} header value, else English. */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) return DEFAULT;
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            Locale best = Locale.lookup(ranges, ALL);
            if (best != null) return best;
            for (Locale.LanguageRange r : ranges) {
                Locale m = match(r.getRange());
                if (m != null) return m;
            }
        } catch (IllegalArgumentException malformed) {
            // A malformed header is not the user's fault: fall back to the default.
        }
        return DEFAULT;
    }
}
