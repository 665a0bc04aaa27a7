package be.ariadne.publicsite;

import be.ariadne.shared.web.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class PublicSiteController {
    @GetMapping("/")
    String start() {
        return "publicsite/start";
    }

    @Configuration(proxyBeanMethods = false)
    static class Paths {
        @Bean
        PublicPaths publicSitePaths() {
            return PublicPaths.of("/");
        }
    }
}
