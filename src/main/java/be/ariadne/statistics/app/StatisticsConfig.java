package be.ariadne.statistics.app;

import be.ariadne.shared.web.HomeSection;
import be.ariadne.shared.web.NavigationItem;
import be.ariadne.statistics.CaseClassifier;
import be.ariadne.statistics.DisclosureControl;
import be.ariadne.statistics.EuMemberStates;
import be.ariadne.statistics.InvalidStatisticsInputException;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's beans: classifier, disclosure control with the configured k, menu entry and home block. */
@Configuration(proxyBeanMethods = false)
class StatisticsConfig {
    /** Who may see statistics: analysts and administrators (all centres), a centre's staff (its own cases). */
    static final Set<String> NAV_ROLES = Set.of("ANALYST", "ADMIN", "CASE_WORKER");

    @Bean
    EuMemberStates statisticsEuMemberStates() {
        return EuMemberStates.bundled();
    }

    @Bean
    CaseClassifier statisticsCaseClassifier(EuMemberStates euMemberStates) {
        return new CaseClassifier(euMemberStates);
    }

    @Bean
    DisclosureControl statisticsDisclosureControl(@Value("${ariadne.statistics.k:5}") int k) {
        try {
            return new DisclosureControl(k);
        } catch (InvalidStatisticsInputException e) {
            throw new IllegalStateException("ariadne.statistics.k: " + e.getMessage(), e);
        }
    }

    @Bean
    NavigationItem navStatistics() {
        return new NavigationItem("nav.statistics", "/statistics", NAV_ROLES, 700);
    }

    @Bean
    HomeSection statisticsHomeSection() {
        return new HomeSection("statistics.home.title", "statistics.home.text", Set.of("ANALYST", "ADMIN"), 700, null,
                List.of(new HomeSection.Link("nav.statistics", "/statistics"),
                        new HomeSection.Link("statistics.eurostat.link", "/statistics/eurostat.csv")));
    }
}
