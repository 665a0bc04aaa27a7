package be.ariadne.access;

import be.ariadne.shared.InvalidInputException;
import be.ariadne.shared.NotFoundException;
import be.ariadne.shared.StaleVersionException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration screens for organisations and users (role ADMIN). */
@Controller
@RequestMapping("/admin")
@PreAuthorize("hasRole('ADMIN')")
class AdminWebController {
    private final Organisations organisations;
    private final Accounts accounts;

    AdminWebController(Organisations organisations, Accounts accounts) {
        this.organisations = organisations;
        this.accounts = accounts;
    }

    @GetMapping("/organisations")
    String organisations(Model model) {
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("types", OrganisationType.values());
        return "access/organisations";
    }

    @PostMapping("/organisations")
    String createOrganisation(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
                              @RequestParam(defaultValue = "") String type, Model model, RedirectAttributes flash,
                              HttpServletResponse response) {
        try {
            Organisation org = organisations.create(code, name, AdminInput.type(type));
            flash.addFlashAttribute("notice", "admin.organisation.created");
            flash.addFlashAttribute("noticeArg", org.code());
            return "redirect:/admin/organisations";
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("form", java.util.Map.of("code", code, "name", name, "type", type));
            response.setStatus(400);
            return organisations(model);
        }
    }

    @PostMapping("/organisations/{code}/deactivate")
    String deactivateOrganisation(@PathVariable String code, @RequestParam int version, RedirectAttributes flash) {
        try {
            organisations.deactivate(code, version);
            flash.addFlashAttribute("notice", "admin.organisation.deactivated");
            flash.addFlashAttribute("noticeArg", code);
        } catch (StaleVersionException e) {
            flash.addFlashAttribute("error", "admin.stale");
        }
        return "redirect:/admin/organisations";
    }

    @GetMapping("/users")
    String users(@RequestParam(required = false) String organisation, Model model) {
        model.addAttribute("users", accounts.list(organisation));
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("selectedOrganisation", organisation);
        model.addAttribute("roles", Role.values());
        return "access/users";
    }

    @PostMapping("/users")
    String createUser(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
                      @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String organisation,
                      @RequestParam(required = false) List<String> roles, Model model, HttpServletResponse response) {
        try {
            Accounts.Created created = accounts.create(new Accounts.NewUser(username, displayName, email, organisation,
                    AdminInput.roles(roles)));
            model.addAttribute("account", created.account());
            model.addAttribute("temporaryPassword", created.temporaryPassword());
            return "access/one-time-password";
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("form", java.util.Map.of("username", username, "displayName", displayName,
                    "email", email, "organisation", organisation));
            model.addAttribute("formRoles", roles == null ? List.of() : roles);
            response.setStatus(400);
            return users(null, model);
        }
    }

    @PostMapping("/users/{username}/deactivate")
    String deactivateUser(@PathVariable String username, @RequestParam int version, RedirectAttributes flash) {
        try {
            accounts.deactivate(username, version);
            flash.addFlashAttribute("notice", "admin.user.deactivated");
            flash.addFlashAttribute("noticeArg", username);
        } catch (StaleVersionException e) {
            flash.addFlashAttribute("error", "admin.stale");
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/users/{username}/password-reset")
    String resetPassword(@PathVariable String username, Model model) {
        UserAccount account = accounts.byUsername(username).orElseThrow(() -> new NotFoundException("no user " + username));
        model.addAttribute("temporaryPassword", accounts.resetPassword(username));
        model.addAttribute("account", account);
        return "access/one-time-password";
    }
}
