package be.ariadne.access;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {
    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String expired,
                 @RequestParam(required = false) String logout, Model model) {
        if (CurrentUser.get().isPresent()) return "redirect:/home";
        model.addAttribute("loginError", error != null);
        model.addAttribute("expired", expired != null);
        model.addAttribute("loggedOut", logout != null);
        return "access/login";
    }
}
