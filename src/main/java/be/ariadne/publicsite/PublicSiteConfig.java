package be.ariadne.publicsite;

import be.ariadne.publicsite.guard.RateLimits;
import be.ariadne.shared.web.PublicPaths;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimits.class)
class PublicSiteConfig {
    /** Everything the public may reach without signing in; all else needs sign-in. */
    @Bean
    PublicPaths publicSitePaths() {
        return PublicPaths.of("/", "/info", "/info/*", "/privacy", "/self-check", "/report", "/report/details", "/report/receipt",
                "/training", "/training/*/register", "/training/registration/*");
    }

    /** A link of the public navigation, shown to visitors who are not signed in. */
    record PublicLink(String labelKey, String href) {
    }

    static final List<PublicLink> NAVIGATION = List.of(
            new PublicLink("public.nav.start", "/"),
            new PublicLink("public.nav.info", "/info"),
            new PublicLink("public.nav.selfCheck", "/self-check"),
            new PublicLink("public.nav.report", "/report"),
            new PublicLink("public.nav.training", "/training"));

    @ControllerAdvice(basePackages = "be.ariadne.publicsite")
    static class PublicNavigation {
        @ModelAttribute
        void navigation(Model model) {
            model.addAttribute("publicNav", NAVIGATION);
        }
    }
}
