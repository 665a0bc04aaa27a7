package be.ariadne.screening.app;

import be.ariadne.screening.CentreContact;
import be.ariadne.screening.CentreDirectory;
import be.ariadne.screening.IndicatorCatalogue;
import be.ariadne.screening.InvalidCatalogueException;
import be.ariadne.screening.ScreeningEngine;
import be.ariadne.screening.ScreeningJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The indicator catalogue, loaded and checked when the application starts (a catalogue with a
 * duplicate code, an unknown dimension or a missing label stops the start, naming the problem),
 * and the engine and JSON adapter over it. Experts can correct the catalogue without a release:
 * {@code ariadne.screening.catalogue} (and {@code ariadne.screening.countries}) point to other
 * files, e.g. {@code file:/etc/ariadne/catalogue.json}; any change must change its version.
 */
@Configuration(proxyBeanMethods = false)
class ScreeningBeans {
    private static final Logger log = LoggerFactory.getLogger(ScreeningBeans.class);
    static final String DEFAULT_CATALOGUE = "classpath:screening/catalogue.json";
    static final String DEFAULT_COUNTRIES = "classpath:screening/eu-eea-ch.txt";

    @Bean
    IndicatorCatalogue indicatorCatalogue(ResourceLoader resources,
                                          @Value("${ariadne.screening.catalogue:" + DEFAULT_CATALOGUE + "}") String catalogue,
                                          @Value("${ariadne.screening.countries:" + DEFAULT_COUNTRIES + "}") String countries) {
        byte[] catalogueBytes = read(resources.getResource(catalogue), catalogue);
        byte[] countryBytes = read(resources.getResource(countries), countries);
        try {
            IndicatorCatalogue loaded = IndicatorCatalogue.load(new ByteArrayInputStream(catalogueBytes),
                    new ByteArrayInputStream(countryBytes));
            log.info("Screening catalogue {} loaded from {} ({} signs, {} indicators)", loaded.version(), catalogue,
                    loaded.signs().size(), loaded.indicators().size());
            return loaded;
        } catch (InvalidCatalogueException e) {
            throw refuse(e.getMessage() + " (in " + catalogue + ")", e);
        }
    }

    private static byte[] read(Resource resource, String location) {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw refuse("screening catalogue: cannot read " + location + ": " + e.getMessage(), e);
        }
    }

    private static InvalidCatalogueException refuse(String problem, Exception cause) {
        // One clear line in the log, whatever the stack trace around it.
        log.error("Ariadne refuses to start: {}", problem);
        return new InvalidCatalogueException("Ariadne refuses to start: " + problem, cause);
    }

    @Bean
    ScreeningEngine screeningEngine(IndicatorCatalogue catalogue) {
        return new ScreeningEngine(catalogue);
    }

    @Bean
    ScreeningJson screeningJson(IndicatorCatalogue catalogue) {
        return new ScreeningJson(catalogue);
    }

    /** Knows no centre: the result then names the specialised centres in words. The referral module brings the real one. */
    @Bean
    CentreDirectory noCentreDirectory() {
        return new NoCentreDirectory();
    }

    static final class NoCentreDirectory implements CentreDirectory, Ordered {
        @Override
        public Optional<CentreContact> centreFor(String postalCode) {
            return Optional.empty();
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
