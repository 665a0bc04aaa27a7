package be.ariadne.casefile;

import be.ariadne.shared.web.HomeSection;
import be.ariadne.shared.web.NavigationItem;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The policy, loaded and checked at start-up, and the module's contributions to navigation and home page. */
@Configuration(proxyBeanMethods = false)
class CaseFileConfig {
    @Bean
    NeedToKnowPolicy needToKnowPolicy() {
        return NeedToKnowPolicy.load();
    }

    @Bean
    IdentityRestrictions identityRestrictions(NeedToKnowPolicy policy) {
        return IdentityRestrictions.load(policy);
    }

    /** Roles with a line in the policy: they see "Cases". */
    static Set<String> rolesWithRow(NeedToKnowPolicy policy) {
        Set<String> roles = new TreeSet<>();
        policy.lines().forEach(l -> roles.add(l.role().name()));
        return roles;
    }

    @Bean
    NavigationItem navCases(NeedToKnowPolicy policy) {
        return new NavigationItem("nav.cases", "/cases", rolesWithRow(policy), 100);
    }

    @Bean
    NavigationItem navBreakGlassReview() {
        return new NavigationItem("nav.breakGlass", "/admin/break-glass", Set.of("ADMIN"), 960);
    }

    @Bean
    HomeSection casesHomeSection(NeedToKnowPolicy policy) {
        return new HomeSection("casefile.home.tasks.title", "casefile.home.tasks.text", rolesWithRow(policy), 100,
                "/cases/fragments/my-tasks", List.of(new HomeSection.Link("nav.cases", "/cases")));
    }

    @Bean
    HomeSection sharedCasesHomeSection(NeedToKnowPolicy policy) {
        return new HomeSection("casefile.home.shared.title", "casefile.home.shared.text", rolesWithRow(policy), 110,
                "/cases/fragments/shared-with-us", List.of());
    }

    @Bean
    HomeSection breakGlassHomeSection() {
        return new HomeSection("casefile.home.breakGlass.title", "casefile.home.breakGlass.text", Set.of("ADMIN"), 905, null,
                List.of(new HomeSection.Link("nav.breakGlass", "/admin/break-glass")));
    }
}
