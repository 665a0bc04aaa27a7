package be.ariadne.publicsite.training;

import be.ariadne.shared.web.HomeSection;
import be.ariadne.shared.web.NavigationItem;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TrainingConfig {
    @Bean
    NavigationItem navTraining() {
        return new NavigationItem("nav.training", "/admin/training", Set.of("ADMIN"), 930);
    }

    @Bean
    HomeSection trainingSection() {
        return new HomeSection("public.training.admin.home.title", "public.training.admin.home.text", Set.of("ADMIN"), 910, null,
                List.of(new HomeSection.Link("nav.training", "/admin/training")));
    }
}
