package be.ariadne.protection.app;

import be.ariadne.casefile.ResidenceSupport;
import be.ariadne.protection.Condition;
import be.ariadne.protection.Deadline;
import be.ariadne.protection.EndReason;
import be.ariadne.protection.EventRequestProblem;
import be.ariadne.protection.ParsedEventRequest;
import be.ariadne.protection.PermanentStayBasis;
import be.ariadne.protection.ProcedureEvent;
import be.ariadne.protection.ProcedureEventType;
import be.ariadne.protection.ProcedureJson;
import be.ariadne.protection.ProcedureState;
import be.ariadne.protection.RecordedEvent;
import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.InvalidInputException;
import be.ariadne.shared.RefusedException;
import be.ariadne.shared.StaleVersionException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The procedure's screens: the timeline in the case overview (RESIDENCE part, an htmx fragment
 * that also works as a plain link), the event forms, the deadlines dashboard, the home-page list of
 * what expires soon, and the Immigration Office's list and case page (RESIDENCE and the identity
 * needed to issue documents, nothing else).
 */
@Controller
class ProcedureWebController {
    static final int SOON_DAYS = 14;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Procedures procedures;
    private final ResidenceSupport residence;
    private final MessageSource messages;

    ProcedureWebController(Procedures procedures, ResidenceSupport residence, MessageSource messages) {
        this.procedures = procedures;
        this.residence = residence;
        this.messages = messages;
    }

    // ---- timeline ------------------------------------------------------------------------------

    @GetMapping("/cases/{code}/procedure/fragment")
    String fragment(@PathVariable String code, @RequestParam(required = false) String back, Model model) {
        Procedures.View view = procedures.read(code);
        timeline(model, view, safeBack(code, back));
        return "protection/parts :: timeline";
    }

    private void timeline(Model model, Procedures.View view, String back) {
        ProcedureState s = view.state();
        LocalDate today = procedures.today();
        model.addAttribute("code", view.ref().code());
        model.addAttribute("version", view.version());
        model.addAttribute("back", back);
        model.addAttribute("phase", msg("protection.phase." + s.phase().name()));
        model.addAttribute("document", s.document().map(d -> msg("protection.document." + d.name())).orElse(msg("protection.document.NONE")));
        model.addAttribute("validFrom", s.validFrom().map(LocalDate::toString).orElse(null));
        model.addAttribute("validUntil", s.validUntil().map(LocalDate::toString).orElse(null));
        model.addAttribute("endReason", s.endReason().map(r -> msg("protection.endReason." + r.name())).orElse(null));
        Map<String, Object> next = null;
        if (s.validUntil().isPresent()) {
            LocalDate until = s.validUntil().get();
            long days = ChronoUnit.DAYS.between(today, until);
            next = new LinkedHashMap<>();
            next.put("document", msg("protection.document." + s.document().orElseThrow().name()));
            next.put("validUntil", until.toString());
            next.put("days", days);
            next.put("overdue", days < 0);
            next.put("soon", days >= 0 && days <= SOON_DAYS);
            next.put("text", days < 0 ? msg("protection.timeline.overdueSince", next.get("document"), until.toString(), -days)
                    : msg("protection.timeline.expiresIn", next.get("document"), until.toString(), days));
        }
        model.addAttribute("next", next);
        List<Map<String, String>> conditions = new ArrayList<>();
        for (Condition c : Condition.values()) {
            conditions.add(Map.of("label", msg("protection.condition." + c.name()),
                    "met", s.conditions().containsKey(c) ? msg("protection.timeline.metOn", s.conditions().get(c).toString())
                            : msg("protection.timeline.notMet")));
        }
        model.addAttribute("conditions", conditions);
        List<Map<String, String>> history = new ArrayList<>();
        List<RecordedEvent> events = s.history();
        for (int i = events.size() - 1; i >= 0; i--) {
            RecordedEvent r = events.get(i);
            ProcedureEvent e = r.event();
            String detail = e.condition() != null ? msg("protection.condition." + e.condition().name())
                    : e.reason() != null ? msg("protection.endReason." + e.reason().name())
                    : e.basis() != null ? msg("protection.basis." + e.basis().name()) : "";
            Map<String, String> row = new LinkedHashMap<>();
            row.put("date", e.date().toString());
            row.put("type", msg("protection.event." + e.type().name()));
            row.put("detail", detail);
            row.put("validUntil", r.validUntil() == null ? "—" : r.validUntil().toString());
            row.put("note", e.note() == null ? "" : e.note());
            history.add(row);
        }
        model.addAttribute("history", history);
        model.addAttribute("forms", forms(procedures.recordable(view.ref(), s), today, null));
    }

    /** One small form per event type the user may record now, with the detail it takes. */
    private List<Map<String, Object>> forms(Set<ProcedureEventType> types, LocalDate today, Map<String, String> input) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ProcedureEventType t : ProcedureEventType.values()) {
            if (!types.contains(t)) continue;
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("type", t.name());
            f.put("id", t.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            f.put("label", msg("protection.event." + t.name()));
            f.put("date", input != null && t.name().equals(input.get("type")) && input.get("date") != null ? input.get("date") : today.toString());
            f.put("detailName", null);
            f.put("detailLabel", null);
            f.put("options", List.of());
            if (t.takesCondition()) f.put("detailName", "condition");
            if (t.takesReason()) f.put("detailName", "reason");
            if (t.takesBasis()) f.put("detailName", "basis");
            if (f.get("detailName") != null) {
                f.put("detailLabel", msg("protection.form." + f.get("detailName")));
                f.put("options", options(t));
            }
            out.add(f);
        }
        return out;
    }

    private List<Map<String, String>> options(ProcedureEventType t) {
        List<Map<String, String>> out = new ArrayList<>();
        if (t.takesCondition()) for (Condition c : Condition.values()) out.add(Map.of("value", c.name(), "label", msg("protection.condition." + c.name())));
        if (t.takesReason()) for (EndReason r : EndReason.values()) out.add(Map.of("value", r.name(), "label", msg("protection.endReason." + r.name())));
        if (t.takesBasis()) for (PermanentStayBasis b : PermanentStayBasis.values()) out.add(Map.of("value", b.name(), "label", msg("protection.basis." + b.name())));
        return out;
    }

    @PostMapping("/cases/{code}/procedure/events")
    String record(@PathVariable String code, @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
                  RedirectAttributes flash) {
        String back = safeBack(code, form.get("back"));
        List<String> problems = new ArrayList<>();
        try {
            ObjectNode body = JSON.createObjectNode();
            for (String field : List.of("type", "date", "note", "condition", "reason", "basis")) {
                String v = form.get(field);
                if (v != null && !v.isBlank()) body.put(field, v.trim());
            }
            ParsedEventRequest parsed = ProcedureJson.parseEventRequest(body);
            if (parsed instanceof ParsedEventRequest.Invalid invalid) {
                List<FieldProblem> fp = new ArrayList<>();
                for (EventRequestProblem p : invalid.problems()) {
                    fp.add(new FieldProblem(p.field(), msg("protection.form.field." + p.field()) + ": " + msg("protection.request." + p.code().name())));
                }
                throw new InvalidInputException(fp);
            }
            Integer version = parseVersion(form.get("version"));
            ProcedureEvent event = ((ParsedEventRequest.Valid) parsed).event();
            procedures.record(code, event, version);
            flash.addFlashAttribute("notice", "protection.recorded");
            flash.addFlashAttribute("noticeArg", msg("protection.event." + event.type().name()));
            return "redirect:" + back;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            e.problems().forEach(p -> problems.add(p.message()));
        } catch (RefusedException e) {
            response.setStatus(409);
            problems.add(msg("protection.refusal." + e.rule()) + " " + e.getMessage());
        } catch (StaleVersionException e) {
            response.setStatus(409);
            problems.add(msg("protection.form.stale"));
        } catch (RecordingNotAllowedException e) {
            response.setStatus(403);
            problems.add(msg("protection.form.notAllowed"));
        }
        Procedures.View view = procedures.read(code);
        timeline(model, view, back);
        model.addAttribute("problems", problems);
        model.addAttribute("forms", forms(procedures.recordable(view.ref(), view.state()), procedures.today(), form));
        return "protection/record";
    }

    private static Integer parseVersion(String v) {
        if (v == null || v.isBlank()) return null;
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "not a version number");
        }
    }

    /** Where to go after recording: the case overview or the Immigration Office's case page, nothing else. */
    static String safeBack(String code, String back) {
        String immigration = "/immigration/cases/" + code;
        return immigration.equals(back) ? immigration : "/cases/" + code;
    }

    // ---- deadlines -----------------------------------------------------------------------------

    @GetMapping("/deadlines")
    String deadlines(@RequestParam(required = false) String within, Model model) {
        int days = 90;
        if (within != null && !within.isBlank()) {
            try {
                days = Integer.parseInt(within.trim());
            } catch (NumberFormatException e) {
                days = -1;
            }
        }
        if (days < 0 || days > Procedures.MAX_WITHIN) {
            model.addAttribute("problems", List.of(msg("protection.deadlines.withinInvalid", Procedures.MAX_WITHIN)));
            days = 90;
        }
        model.addAttribute("within", days);
        model.addAttribute("maxWithin", Procedures.MAX_WITHIN);
        model.addAttribute("rows", rows(procedures.deadlines(days, true)));
        return "protection/deadlines";
    }

    @GetMapping("/deadlines/fragments/soon")
    String soon(Model model) {
        model.addAttribute("rows", rows(procedures.deadlines(SOON_DAYS, true)));
        return "protection/parts :: soon";
    }

    private List<Map<String, Object>> rows(List<Deadline> deadlines) {
        LocalDate today = procedures.today();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Deadline d : deadlines) {
            long days = ChronoUnit.DAYS.between(today, d.validUntil());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", d.caseCode());
            m.put("phase", msg("protection.phase." + d.phase().name()));
            m.put("document", msg("protection.document." + d.document().name()));
            m.put("validUntil", d.validUntil().toString());
            m.put("overdue", d.overdue());
            m.put("when", d.overdue() ? msg("protection.deadlines.overdueDays", -days) : msg("protection.deadlines.inDays", days));
            out.add(m);
        }
        return out;
    }

    // ---- Immigration Office ----------------------------------------------------------------------

    @GetMapping("/immigration")
    String immigration(Model model) {
        if (!Procedures.actor().hasRole("IMMIGRATION_OFFICER")) throw new AccessDeniedException("for the Immigration Office");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var ref : residence.residenceSharedWithMe(200)) {
            ProcedureState s = procedures.readChecked(ref).state();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", ref.code());
            m.put("phase", msg("protection.phase." + s.phase().name()));
            m.put("document", s.document().map(d -> msg("protection.document." + d.name())).orElse(msg("protection.document.NONE")));
            m.put("validUntil", s.validUntil().map(LocalDate::toString).orElse("—"));
            rows.add(m);
        }
        model.addAttribute("rows", rows);
        return "protection/immigration";
    }

    @GetMapping("/immigration/cases/{code}")
    String immigrationCase(@PathVariable String code, Model model) {
        if (!Procedures.actor().hasRole("IMMIGRATION_OFFICER")) throw new AccessDeniedException("for the Immigration Office");
        Procedures.View view = procedures.read(code);
        ResidenceSupport.DocumentIdentity identity;
        try {
            identity = residence.identityForDocuments(code);
        } catch (AccessDeniedException identityNotShared) {
            identity = null; // only RESIDENCE is shared: the procedure is shown without identity
        }
        model.addAttribute("identity", identity);
        model.addAttribute("documents", identity == null ? List.of() : identity.documents().stream().map(d -> Map.of(
                "type", d.type() == null ? "—" : d.type(), "number", d.number() == null ? "—" : d.number(),
                "country", d.issuingCountry() == null ? "—" : d.issuingCountry(),
                "expiry", d.expiryDate() == null ? "—" : d.expiryDate().toString())).toList());
        timeline(model, view, "/immigration/cases/" + code);
        return "protection/immigration-case";
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
