package be.ariadne.audit;

import be.ariadne.shared.web.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Review of the audit trail by administrators, and a check of its chain. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditWebController {
    private static final int PAGE = 50;
    private final AuditTrail trail;
    private final AuditLog log;

    AuditWebController(AuditTrail trail, AuditLog log) {
        this.trail = trail;
        this.log = log;
    }

    @GetMapping("/admin/audit")
    String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                @RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId,
                @RequestParam(defaultValue = "0") int page, Model model) {
        int p = Math.max(0, page);
        var filter = new AuditTrail.Filter(actor, action, objectType, objectId);
        var found = trail.search(filter, p * PAGE, PAGE + 1);
        model.addAttribute("entries", found.stream().limit(PAGE).toList());
        model.addAttribute("hasNext", found.size() > PAGE);
        model.addAttribute("page", p);
        model.addAttribute("filter", filter);
        log.record(AuditEvent.of("AUDIT_TRAIL_VIEWED", "audit", null));
        return "audit/list";
    }

    @PostMapping("/admin/audit/verify")
    String verify(Model model) {
        AuditTrail.Verification v = trail.verify();
        log.record(new AuditEvent("AUDIT_TRAIL_VERIFIED", "audit", null, null,
                v.intact() ? AuditEvent.Outcome.SUCCESS : AuditEvent.Outcome.FAILURE,
                v.intact() ? v.entriesChecked() + " entries intact" : v.problem()));
        model.addAttribute("verification", v);
        return "audit/verify";
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavigationItem navAudit() {
            return new NavigationItem("nav.audit", "/admin/audit", Set.of("ADMIN"), 950);
        }
    }
}
