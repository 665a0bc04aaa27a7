package be.ariadne.shared.i18n;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every module keeps its own message bundle {@code i18n/<module>.properties} (English) with
 * {@code _fr}, {@code _nl} and {@code _de} translations; all bundles found on the class path
 * are served as one message source.
 */
@Configuration(proxyBeanMethods = false)
public class MessageSourceConfig {
    private static final Pattern BUNDLE = Pattern.compile("([a-z0-9-]+?)(_[a-z]{2})?\\.properties");

    @Bean
    MessageSource messageSource() throws IOException {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(bundleBasenames().stream().map(b -> "classpath:i18n/" + b).toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
        return source;
    }

    /** The names of the bundles under {@code i18n/} on the class path, e.g. {@code common}, {@code access}. */
    public static Set<String> bundleBasenames() throws IOException {
        Set<String> names = new TreeSet<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            Matcher m = BUNDLE.matcher(r.getFilename());
            if (m.matches()) names.add(m.group(1));
        }
        return names;
    }
}
