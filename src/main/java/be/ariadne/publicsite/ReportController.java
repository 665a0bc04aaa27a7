package be.ariadne.publicsite;

import be.ariadne.publicsite.guard.ClientAddress;
import be.ariadne.publicsite.guard.PublicFormFilter;
import be.ariadne.publicsite.guard.FieldErrors;
import be.ariadne.publicsite.guard.FormSecrets;
import be.ariadne.publicsite.guard.FormProblems;
import be.ariadne.publicsite.guard.FormTokens;
import be.ariadne.publicsite.guard.FormTokens.PendingForm;
import be.ariadne.publicsite.guard.Honeypot;
import be.ariadne.publicsite.guard.RateLimiter;
import be.ariadne.publicsite.guard.Secrets;
import be.ariadne.publicsite.guard.TooManyRequests;
import be.ariadne.shared.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Reporting a concern: the immediate-danger question first (answered with 112), then the form,
 * then the receipt code. Later, the code lets the reporter add information, and shows nothing back.
 */
@Controller
class ReportController {
    static final String REPORT = "report";
    static final String ADDITION = "report-addition";

    private final ConcernReports reports;
    private final QuickScreen quickScreen;
    private final FormTokens tokens;
    private final FormSecrets secrets;
    private final RateLimiter limiter;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;

    ReportController(ConcernReports reports, QuickScreen quickScreen, FormTokens tokens, FormSecrets secrets, RateLimiter limiter,
                     MessageSource messages, Clock clock, @Value("${ariadne.publicsite.time-zone:Europe/Brussels}") ZoneId zone) {
        this.reports = reports;
        this.quickScreen = quickScreen;
        this.tokens = tokens;
        this.secrets = secrets;
        this.limiter = limiter;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping("/report")
    String start() {
        return "publicsite/report/start";
    }

    /** The form; when the visitor said someone is in danger, the 112 page comes first. */
    @GetMapping("/report/details")
    String details(@ModelAttribute("posted") ConcernForm posted, @RequestParam(name = "continue", required = false) String proceed,
                   HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        String notice = PublicFormFilter.notice(request);
        if (notice != null) {
            model.addAttribute("formNotice", PublicFormFilter.EXPIRED.equals(notice) ? "public.form.expired.report" : notice);
            return form(posted, null, request.getSession(), model, locale);
        }
        if (posted.danger() == null) {
            // No answer yet (e.g. the language was switched on the form): the question comes first.
            return "publicsite/report/start";
        }
        if (!"yes".equals(posted.danger()) && !"no".equals(posted.danger())) {
            FormProblems problems = new FormProblems(messages, locale);
            problems.add("danger", "public.problem.choose");
            model.addAttribute("problems", problems.list());
            response.setStatus(400);
            return "publicsite/report/start";
        }
        // Only what the danger question and the self-check carry over: a link cannot pre-fill the free texts.
        ConcernForm form = ConcernForm.start(posted.danger(), posted.signs().stream().filter(quickScreen::known).toList(),
                posted.fromSelfCheck());
        if (form.urgent() && proceed == null) {
            model.addAttribute("form", form);
            return "publicsite/report/urgent";
        }
        return form(form, null, request.getSession(), model, locale);
    }

    @PostMapping("/report/details")
    String submit(@ModelAttribute("posted") ConcernForm form, HttpServletRequest request, HttpServletResponse response,
                  HttpSession session, Model model, Locale locale) {
        Optional<PendingForm> pending = tokens.find(session, REPORT, form.formToken());
        if (pending.isEmpty()) {
            // Not a form this session handed out (copied, replayed from elsewhere): refuse, keep nothing.
            response.setStatus(409);
            model.addAttribute("replayed", true);
            return form(form, null, session, model, locale);
        }
        String receipt = ReceiptCode.of(secrets.derive(REPORT, pending.get().token()));
        Optional<Long> already = reports.reportOf(receipt);
        if (already.isPresent()) return received(model, receipt, form.urgent(), true);
        if (Honeypot.caught(form.website())) {
            // Answered as if accepted; the code shown was never stored, so it opens nothing.
            Optional<Duration> limited = limiter.hit(RateLimiter.Action.REPORT, ClientAddress.of(request));
            if (limited.isPresent()) return TooManyRequests.answer(response, model, limited.get());
            return received(model, receipt, form.urgent(), false);
        }
        FormProblems problems = new FormProblems(messages, locale);
        Concern concern = ConcernCheck.check(form, quickScreen::known, LocalDate.now(clock.withZone(zone)), problems);
        if (concern == null) {
            response.setStatus(400);
            return form(form, pending.get(), session, model, locale, problems.list());
        }
        Optional<Duration> limited = limiter.hit(RateLimiter.Action.REPORT, ClientAddress.of(request));
        if (limited.isPresent()) return TooManyRequests.answer(response, model, limited.get());
        ConcernReports.Receipt stored = reports.submit(concern, receipt, locale.getLanguage());
        return received(model, receipt, concern.urgent(), stored.alreadyReceived());
    }

    @GetMapping("/report/receipt")
    String receiptForm(@RequestParam(required = false) String code, @RequestParam(required = false) String text,
                       HttpServletRequest request, Model model) {
        String notice = PublicFormFilter.notice(request);
        model.addAttribute("formNotice", notice);
        // Only a post that expired comes back filled in; a link cannot pre-fill the form.
        boolean refill = PublicFormFilter.EXPIRED.equals(notice);
        return receiptForm(request.getSession(), model, null, refill ? code : null, refill ? text : null);
    }

    @PostMapping("/report/receipt")
    String addInformation(@RequestParam(required = false) String formToken, @RequestParam(required = false) String code,
                          @RequestParam(required = false) String text,
                          @RequestParam(name = Honeypot.FIELD, required = false) String website,
                          HttpServletRequest request, HttpServletResponse response, HttpSession session, Model model, Locale locale) {
        Optional<PendingForm> pending = tokens.find(session, ADDITION, formToken);
        if (pending.isEmpty()) {
            response.setStatus(409);
            model.addAttribute("replayed", true);
            return receiptForm(session, model, null, code, text);
        }
        String submissionKey = Secrets.sha256("addition:" + pending.get().token());
        if (Honeypot.caught(website)) return "publicsite/report/addition-received";
        FormProblems problems = new FormProblems(messages, locale);
        String typed = problems.required("code", code, 40);
        Optional<String> canonical = Optional.empty();
        if (typed != null) {
            canonical = ReceiptCode.canonical(typed);
            if (canonical.isEmpty()) problems.add("code", "public.problem.receiptFormat");
        }
        String addition = problems.required("text", text, ConcernCheck.ADDITION_MAX);
        if (!problems.isEmpty()) {
            response.setStatus(400);
            return receiptForm(session, model, pending.get(), code, text, problems.list());
        }
        Optional<Duration> limited = limiter.hit(RateLimiter.Action.RECEIPT, ClientAddress.of(request));
        if (limited.isPresent()) return TooManyRequests.answer(response, model, limited.get());
        Optional<Long> reportId = reports.reportOf(canonical.get());
        if (reportId.isEmpty()) {
            problems.add("code", "public.problem.receiptUnknown");
            response.setStatus(404);
            return receiptForm(session, model, pending.get(), code, text, problems.list());
        }
        reports.add(reportId.get(), submissionKey, addition);
        return "publicsite/report/addition-received";
    }

    private String form(ConcernForm form, PendingForm pending, HttpSession session, Model model, Locale locale) {
        return form(form, pending, session, model, locale, List.of());
    }

    private String form(ConcernForm form, PendingForm pending, HttpSession session, Model model, Locale locale,
                        List<FieldProblem> problems) {
        PendingForm issued = pending != null ? pending : tokens.issue(session, REPORT);
        model.addAttribute("form", form);
        model.addAttribute("formToken", issued.token());
        model.addAttribute("signs", quickScreen.signs(locale));
        model.addAttribute("problems", problems);
        model.addAttribute("errors", FieldErrors.of(problems));
        model.addAttribute("today", LocalDate.now(clock.withZone(zone)).toString());
        model.addAttribute("limits", Limits.INSTANCE);
        return "publicsite/report/form";
    }

    private String received(Model model, String receipt, boolean urgent, boolean alreadyReceived) {
        model.addAttribute("receipt", receipt);
        model.addAttribute("urgent", urgent);
        model.addAttribute("alreadyReceived", alreadyReceived);
        return "publicsite/report/received";
    }

    private String receiptForm(HttpSession session, Model model, PendingForm pending, String code, String text) {
        return receiptForm(session, model, pending, code, text, List.of());
    }

    private String receiptForm(HttpSession session, Model model, PendingForm pending, String code, String text,
                               List<FieldProblem> problems) {
        PendingForm issued = pending != null ? pending : tokens.issue(session, ADDITION);
        model.addAttribute("formToken", issued.token());
        model.addAttribute("code", code);
        model.addAttribute("text", text);
        model.addAttribute("problems", problems);
        model.addAttribute("errors", FieldErrors.of(problems));
        model.addAttribute("limits", Limits.INSTANCE);
        return "publicsite/report/receipt";
    }

    /** The size limits, for the forms' maxlength attributes (the server checks them again). */
    record Limits(int whatSeen, int place, int municipality, int aboutWhom, int otherSigns, int name, int phone, int email,
                  int notes, int addition) {
        static final Limits INSTANCE = new Limits(ConcernCheck.WHAT_SEEN_MAX, ConcernCheck.PLACE_MAX, ConcernCheck.MUNICIPALITY_MAX,
                ConcernCheck.ABOUT_WHOM_MAX, ConcernCheck.OTHER_SIGNS_MAX, ConcernCheck.NAME_MAX, ConcernCheck.PHONE_MAX,
                ConcernCheck.EMAIL_MAX, ConcernCheck.NOTES_MAX, ConcernCheck.ADDITION_MAX);
    }
}
