package be.ariadne.screening.web;

import be.ariadne.screening.Signals;
import be.ariadne.shared.web.HomeSection;
import be.ariadne.shared.web.NavigationItem;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The screening module's menu entries and home-page blocks. */
@Configuration(proxyBeanMethods = false)
class ScreeningNavigation {
    @Bean
    NavigationItem navQuickScreen() {
        return new NavigationItem("nav.screening.quick", "/screening/quick", Signals.ROLES, 100);
    }

    @Bean
    NavigationItem navAssessment() {
        return new NavigationItem("nav.screening.assessment", "/screening/assessment", Signals.ROLES, 110);
    }

    @Bean
    NavigationItem navSignals() {
        return new NavigationItem("nav.screening.signals", "/screening/signals", Signals.ROLES, 120);
    }

    @Bean
    HomeSection screeningFirstLineSection() {
        return new HomeSection("sw.home.firstLine.title", "sw.home.firstLine.text", Set.of("FIRST_LINE"), 100, null, List.of(
                new HomeSection.Link("nav.screening.quick", "/screening/quick"),
                new HomeSection.Link("nav.screening.assessment", "/screening/assessment"),
                new HomeSection.Link("nav.screening.signals", "/screening/signals")));
    }

    @Bean
    HomeSection screeningAssessmentSection() {
        return new HomeSection("sw.home.assessment.title", "sw.home.assessment.text", Set.of("CASE_WORKER", "INVESTIGATOR"),
                110, null, List.of(
                new HomeSection.Link("nav.screening.assessment", "/screening/assessment"),
                new HomeSection.Link("nav.screening.signals", "/screening/signals"),
                new HomeSection.Link("nav.screening.quick", "/screening/quick")));
    }
}
