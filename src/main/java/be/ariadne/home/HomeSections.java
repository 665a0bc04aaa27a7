package be.ariadne.home;

import be.ariadne.shared.web.HomeSection;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Home sections of the foundation; the other modules add their own. */
@Configuration(proxyBeanMethods = false)
class HomeSections {
    @Bean
    HomeSection adminSection() {
        return new HomeSection("home.admin.title", "home.admin.text", Set.of("ADMIN"), 900, null, List.of(
                new HomeSection.Link("nav.organisations", "/admin/organisations"),
                new HomeSection.Link("nav.users", "/admin/users"),
                new HomeSection.Link("nav.audit", "/admin/audit")));
    }

    @Bean
    HomeSection accountSection() {
        return new HomeSection("home.account.title", "home.account.text", Set.of(), 1000, null, List.of(
                new HomeSection.Link("home.account.password", "/account/password")));
    }
}
