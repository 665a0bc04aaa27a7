package be.ariadne.casefile;

import be.ariadne.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' review of break-glass accesses: confirm, or flag with a note. */
@Controller
@RequestMapping("/admin/break-glass")
@PreAuthorize("hasRole('ADMIN')")
class BreakGlassAdminWebController {
    private final BreakGlass breakGlass;
    private final CaseForms forms;
    private final Clock clock;

    BreakGlassAdminWebController(BreakGlass breakGlass, CaseForms forms, Clock clock) {
        this.breakGlass = breakGlass;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) String status, Model model) {
        String s = status == null || status.isBlank() ? null : status;
        Instant now = Instant.now(clock);
        List<BreakGlass.Grant> grants = breakGlass.list(s, 200);
        model.addAttribute("status", s);
        model.addAttribute("grants", grants.stream().map(g -> Map.of(
                "grant", g,
                "granted", CaseOverview.WHEN.format(g.grantedAt()),
                "expires", CaseOverview.WHEN.format(g.expiresAt()),
                "active", g.active(now),
                "compartments", String.join(", ", java.util.Arrays.stream(g.compartments().split(","))
                        .map(c -> forms.codeLabel(CodeLists.COMPARTMENTS, c)).toList()),
                "reviewed", g.reviewedAt() == null ? "" : CaseOverview.WHEN.format(g.reviewedAt()))).toList());
        return "casefile/admin-break-glass";
    }

    @PostMapping("/{id}/review")
    String review(@PathVariable long id, @RequestParam(required = false) String decision, @RequestParam(required = false) String note,
                  @RequestParam(required = false) String version, RedirectAttributes flash, HttpServletResponse response) {
        try {
            breakGlass.review(CaseGuard.currentActor(), id, decision, note, ApiBodies.version(version));
            flash.addFlashAttribute("notice", "casefile.breakGlass.reviewed");
            flash.addFlashAttribute("noticeArg", String.valueOf(id));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("error", "casefile.breakGlass.reviewInvalid");
        } catch (CaseStaleException e) {
            flash.addFlashAttribute("error", "casefile.staleDelete");
        }
        return "redirect:/admin/break-glass";
    }
}
