package be.ariadne.access;

import be.ariadne.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: choosing a new password (required after a reset). */
@Controller
class AccountController {
    private final Accounts accounts;
    private final Principals principals;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountController(Accounts accounts, Principals principals) {
        this.accounts = accounts;
        this.principals = principals;
    }

    @GetMapping(PasswordChangeRequiredFilter.PAGE)
    String form(Model model) {
        model.addAttribute("required", CurrentUser.require().mustChangePassword());
        model.addAttribute("minLength", Accounts.MIN_PASSWORD_LENGTH);
        return "access/password";
    }

    @PostMapping(PasswordChangeRequiredFilter.PAGE)
    String change(@RequestParam(defaultValue = "") String currentPassword, @RequestParam(defaultValue = "") String newPassword,
                  @RequestParam(defaultValue = "") String confirmation, Model model, RedirectAttributes flash,
                  HttpServletRequest request, HttpServletResponse response) {
        AriadneUser user = CurrentUser.require();
        try {
            accounts.changeOwnPassword(user.userId(), currentPassword, newPassword, confirmation);
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("required", user.mustChangePassword());
            model.addAttribute("minLength", Accounts.MIN_PASSWORD_LENGTH);
            response.setStatus(400);
            return "access/password";
        }
        // The session's principal still says "must change": replace it with the fresh one.
        AriadneUser fresh = principals.activeUser(user.userId()).orElseThrow();
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null,
                fresh.roleSet().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
        SecurityContextHolder.setContext(ctx);
        contexts.saveContext(ctx, request, response);
        flash.addFlashAttribute("notice", "account.password.changed");
        return "redirect:/home";
    }
}
