package be.ariadne.access;

import be.ariadne.shared.web.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccessNavigation {
    @Bean
    NavigationItem navOrganisations() {
        return new NavigationItem("nav.organisations", "/admin/organisations", Set.of("ADMIN"), 900);
    }

    @Bean
    NavigationItem navUsers() {
        return new NavigationItem("nav.users", "/admin/users", Set.of("ADMIN"), 910);
    }
}
