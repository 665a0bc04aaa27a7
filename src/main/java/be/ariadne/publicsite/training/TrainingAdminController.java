package be.ariadne.publicsite.training;

import be.ariadne.publicsite.guard.FieldErrors;
import be.ariadne.publicsite.guard.FormProblems;
import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.RefusedException;
import be.ariadne.shared.StaleVersionException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organiser's screens (role ADMIN): sessions, their registrants, the CSV export. */
@Controller
@RequestMapping("/admin/training")
@PreAuthorize("hasRole('ADMIN')")
class TrainingAdminController {
    private final Training training;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;

    TrainingAdminController(Training training, MessageSource messages, Clock clock,
                            @Value("${ariadne.publicsite.time-zone:Europe/Brussels}") ZoneId zone) {
        this.training = training;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping
    String list(Model model) {
        return list(model, SessionForm.empty(), List.of());
    }

    @PostMapping
    String create(@ModelAttribute("posted") SessionForm form, Model model, HttpServletResponse response, Locale locale,
                  RedirectAttributes flash) {
        FormProblems problems = new FormProblems(messages, locale);
        TrainingChecks.ValidSession valid = TrainingChecks.session(form, zone, clock.instant(), problems);
        if (valid == null) {
            response.setStatus(400);
            return list(model, form, problems.list());
        }
        long id = training.create(valid);
        flash.addFlashAttribute("notice", "public.training.admin.created");
        flash.addFlashAttribute("noticeArg", valid.topic());
        return "redirect:/admin/training/" + id;
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        TrainingSession s = training.session(id);
        return edit(s, SessionForm.of(s, zone), List.of(), model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @RequestParam(defaultValue = "-1") int version, @ModelAttribute("posted") SessionForm form,
                  Model model, HttpServletResponse response, Locale locale, RedirectAttributes flash) {
        TrainingSession s = training.session(id);
        FormProblems problems = new FormProblems(messages, locale);
        TrainingChecks.ValidSession valid = TrainingChecks.session(form, zone, clock.instant(), problems);
        if (valid == null) {
            response.setStatus(400);
            return edit(s, form, problems.list(), model);
        }
        try {
            training.update(id, version, valid);
        } catch (RefusedException e) {
            response.setStatus(409);
            model.addAttribute("refused", "public.training.refused." + e.rule());
            return edit(s, form, List.of(), model);
        } catch (StaleVersionException e) {
            flash.addFlashAttribute("error", "public.training.admin.stale");
            return "redirect:/admin/training/" + id;
        }
        flash.addFlashAttribute("notice", "public.training.admin.saved");
        flash.addFlashAttribute("noticeArg", valid.topic());
        return "redirect:/admin/training/" + id;
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(defaultValue = "-1") int version, RedirectAttributes flash) {
        try {
            training.cancelSession(id, version);
            flash.addFlashAttribute("notice", "public.training.admin.cancelled");
            flash.addFlashAttribute("noticeArg", training.session(id).topic());
        } catch (RefusedException e) {
            flash.addFlashAttribute("error", "public.training.refused." + e.rule());
        } catch (StaleVersionException e) {
            flash.addFlashAttribute("error", "public.training.admin.stale");
        }
        return "redirect:/admin/training/" + id;
    }

    @GetMapping("/{id}/registrants.csv")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        List<Registration> registrations = training.export(id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT.builder()
                .setHeader("status", "waiting_position", "name", "organisation", "role", "email", "confirmed", "consent_contact",
                        "language", "registered_at", "promoted_at", "cancelled_at").get())) {
            int waiting = 0;
            for (Registration r : registrations) {
                csv.printRecord(r.status(), r.status() == RegistrationStatus.WAITING ? ++waiting : "", cell(r.fullName()),
                        cell(r.organisation()), cell(r.jobRole()), cell(r.email()), r.confirmed() ? "yes" : "no",
                        r.consentContact() ? "yes" : "no", r.language(), r.registeredAt(),
                        r.promotedAt() == null ? "" : r.promotedAt(), r.cancelledAt() == null ? "" : r.cancelledAt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("training-" + id + "-registrants.csv").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(out.toByteArray());
    }

    /** A cell a spreadsheet would run as a formula is prefixed, so that an export never carries one. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) return "";
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }

    private String list(Model model, SessionForm form, List<FieldProblem> problems) {
        model.addAttribute("sessions", training.all());
        model.addAttribute("zone", zone);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("errors", FieldErrors.of(problems));
        model.addAttribute("languages", TrainingChecks.LANGUAGES);
        return "publicsite/training/admin-list";
    }

    private String edit(TrainingSession s, SessionForm form, List<FieldProblem> problems, Model model) {
        model.addAttribute("trainingSession", s);
        model.addAttribute("zone", zone);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("errors", FieldErrors.of(problems));
        model.addAttribute("languages", TrainingChecks.LANGUAGES);
        model.addAttribute("registrations", training.registrants(s.id()));
        return "publicsite/training/admin-session";
    }
}
