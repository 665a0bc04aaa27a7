package be.ariadne.shared.web;

import be.ariadne.shared.Actor;
import be.ariadne.shared.SystemSettings;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is signed in, their navigation, the language, and whether the data is synthetic. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {
    private final List<NavigationItem> navigation;
    private final SystemSettings settings;
    private volatile long demoCheckedAt;
    private volatile boolean demo;

    LayoutModelAdvice(List<NavigationItem> navigation, SystemSettings settings) {
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
        this.settings = settings;
    }

    @ModelAttribute
    void layout(Model model, HttpServletRequest request, Locale locale) {
        if (ApiRequests.isApi(request)) return;
        Actor actor = null;
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Actor a) actor = a;
        model.addAttribute("actor", actor);
        Actor who = actor;
        model.addAttribute("navItems", who == null ? List.of() : navigation.stream().filter(n -> n.visibleTo(who.roles())).toList());
        model.addAttribute("demoData", demoData());
        model.addAttribute("lang", locale.getLanguage());
        model.addAttribute("languages", SupportedLanguages.ALL.stream().map(Locale::getLanguage).toList());
        model.addAttribute("currentPath", request.getRequestURI());
    }

    /** Checked at most every 30 s: the marker changes once in an installation's life. */
    private boolean demoData() {
        long now = System.currentTimeMillis();
        if (now - demoCheckedAt > 30_000) {
            demo = settings.demoData();
            demoCheckedAt = now;
        }
        return demo;
    }
}
