package be.ariadne.statistics;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** English texts of the module's messages, from the default {@code i18n/statistics} bundle. */
final class Messages {

    static final String BUNDLE = "i18n/statistics";

    private Messages() {
    }

    static String english(String key, Object... arguments) {
        // Locale.ROOT selects statistics.properties, the English default, whatever the JVM locale.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
        return new MessageFormat(bundle.getString(key), Locale.ENGLISH).format(arguments);
    }
}
