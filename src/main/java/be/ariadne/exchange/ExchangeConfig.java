package be.ariadne.exchange;

import be.ariadne.shared.web.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The exchange module's navigation entry: import and export, for case workers (of a specialised centre). */
@Configuration
class ExchangeConfig {
    @Bean
    NavigationItem navExchange() {
        return new NavigationItem("nav.exchange", "/exchange/import", Set.of("CASE_WORKER"), 120);
    }
}
