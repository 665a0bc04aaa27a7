package be.ariadne.home;

import be.ariadne.access.AriadneUser;
import be.ariadne.access.CurrentUser;
import be.ariadne.access.Role;
import be.ariadne.shared.web.HomeSection;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page of each role. Modules contribute sections (deadlines, intake queue, signals…);
 * the page shows those meant for the user's roles, the most important role first.
 */
@Controller
class HomeController {
    private final List<HomeSection> sections;

    HomeController(List<HomeSection> sections) {
        this.sections = sections;
    }

    @GetMapping("/home")
    String home(Model model) {
        AriadneUser user = CurrentUser.require();
        Role primary = primaryRole(user);
        model.addAttribute("primaryRole", primary);
        model.addAttribute("sections", sections.stream()
                .filter(s -> s.visibleTo(user.roles()))
                .sorted(java.util.Comparator.comparingInt(HomeSection::order))
                .toList());
        return "home/home";
    }

    /** The role that names the home page when a user has several: the order of {@link Role}, admin last. */
    static Role primaryRole(AriadneUser user) {
        for (Role r : Role.values()) if (user.has(r)) return r;
        throw new IllegalStateException("user without role");
    }
}
