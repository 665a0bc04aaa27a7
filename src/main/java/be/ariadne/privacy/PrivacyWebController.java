package be.ariadne.privacy;

import be.ariadne.audit.AuditEvent;
import be.ariadne.audit.AuditLog;
import be.ariadne.shared.Actor;
import be.ariadne.shared.InvalidInputException;
import be.ariadne.shared.web.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import be.ariadne.shared.RefusedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Screens: subject access for the data protection officer; the erasure report for administrators and DPOs. */
@Controller
class PrivacyWebController {
    private final SubjectAccess subjectAccess;
    private final Erasure erasure;
    private final LegalHolds holds;
    private final AuditLog audit;

    PrivacyWebController(SubjectAccess subjectAccess, Erasure erasure, LegalHolds holds, AuditLog audit) {
        this.subjectAccess = subjectAccess;
        this.erasure = erasure;
        this.holds = holds;
        this.audit = audit;
    }

    /** The legal holds of a case: a fragment in the case's LEGAL section (htmx), or a page of its own (without JavaScript). */
    @GetMapping("/cases/{code}/legal-holds")
    String legalHolds(@PathVariable String code, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        fill(model, code);
        return htmx != null ? "privacy/legal-holds :: part" : "privacy/legal-holds";
    }

    @PostMapping("/cases/{code}/legal-holds")
    String place(@PathVariable String code, @RequestParam(required = false) String procedureReference,
                 @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        try {
            holds.place(PrivacyApiController.actor(), code, procedureReference, reason);
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("procedureReference", procedureReference);
            model.addAttribute("reason", reason);
            fill(model, code);
            return "privacy/legal-holds";
        } catch (RefusedException e) {
            model.addAttribute("refusal", e.getMessage());
            fill(model, code);
            return "privacy/legal-holds";
        }
        redirect.addFlashAttribute("notice", "privacy.hold.placed");
        redirect.addFlashAttribute("noticeArg", code);
        return "redirect:/cases/" + code + "#section-legal";
    }

    @PostMapping("/cases/{code}/legal-holds/{id}/lift")
    String lift(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) String reason,
                @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect) {
        try {
            holds.lift(PrivacyApiController.actor(), code, id, reason, version);
        } catch (InvalidInputException e) {
            model.addAttribute("liftProblems", e.problems());
            model.addAttribute("liftReason", reason);
            fill(model, code);
            return "privacy/legal-holds";
        } catch (RefusedException | be.ariadne.shared.StaleVersionException e) {
            model.addAttribute("refusal", e.getMessage());
            fill(model, code);
            return "privacy/legal-holds";
        }
        redirect.addFlashAttribute("notice", "privacy.hold.liftedNotice");
        redirect.addFlashAttribute("noticeArg", code);
        return "redirect:/cases/" + code + "#section-legal";
    }

    private void fill(Model model, String code) {
        Actor actor = PrivacyApiController.actor();
        model.addAttribute("code", code);
        model.addAttribute("holds", holds.list(actor, code).stream().map(PrivacyApiController::holdJson).toList());
        model.addAttribute("mayWrite", holds.mayWrite(actor, code));
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavigationItem subjectAccessNavigation() {
            return new NavigationItem("privacy.nav.subjectAccess", "/privacy/subject-access", Set.of(SubjectAccess.ROLE), 700);
        }

        @Bean
        NavigationItem erasureNavigation() {
            return new NavigationItem("privacy.nav.erasure", "/privacy/erasure", Set.of(SubjectAccess.ROLE, "ADMIN"), 970);
        }
    }

    @GetMapping("/privacy/subject-access")
    String form(Model model) {
        if (!SubjectAccess.mayAsk(PrivacyApiController.actor())) throw new AccessDeniedException("for the data protection officer");
        model.addAttribute("format", "pdf");
        return "privacy/subject-access";
    }

    @PostMapping("/privacy/subject-access")
    Object produce(@RequestParam(required = false) String caseCode, @RequestParam(required = false) String requestReference,
                   @RequestParam(required = false) String reason, @RequestParam(required = false) String format, Model model) {
        try {
            SubjectAccess.Export e = subjectAccess.produce(PrivacyApiController.actor(),
                    new SubjectAccess.Request(caseCode, requestReference, reason, format));
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(e.mediaType()))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(e.fileName()).build().toString())
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .body(e.bytes());
        } catch (InvalidInputException ex) {
            model.addAttribute("problems", ex.problems());
        } catch (be.ariadne.shared.NotFoundException ex) {
            model.addAttribute("problems", java.util.List.of(new be.ariadne.shared.FieldProblem("caseCode", ex.getMessage())));
        }
        model.addAttribute("caseCode", caseCode);
        model.addAttribute("requestReference", requestReference);
        model.addAttribute("reason", reason);
        model.addAttribute("format", format);
        return "privacy/subject-access";
    }

    @GetMapping("/privacy/erasure")
    String erasure(Model model) {
        Actor actor = PrivacyApiController.actor();
        if (!actor.hasRole("ADMIN") && !actor.hasRole(SubjectAccess.ROLE)) throw new AccessDeniedException("for administrators and DPOs");
        Erasure.Report r = erasure.dryRun(erasure.today());
        audit.record(actor, AuditEvent.of("ERASURE_DRY_RUN", "erasure", r.day().toString())
                .withDetail("due=" + r.due().size() + " held=" + r.held().size()));
        model.addAttribute("report", r);
        return "privacy/erasure";
    }
}
