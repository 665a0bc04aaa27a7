package be.ariadne.referral;

import be.ariadne.referral.Referrals.Audience;
import be.ariadne.screening.IndicatorCatalogue;
import be.ariadne.screening.ReferredScreening;
import be.ariadne.screening.ScreeningLabels;
import be.ariadne.screening.SignalView;
import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.InvalidInputException;
import be.ariadne.shared.RefusedException;
import be.ariadne.shared.StaleVersionException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The screens: refer a signal, the referrer's list, the centre's intake queue, one referral with its history and the decisions. */
@Controller
@RequestMapping("/referrals")
class ReferralWebController {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Brussels"));
    private final Referrals referrals;
    private final Directory centres;
    private final DeclineReasons reasons;
    private final IndicatorCatalogue catalogue;
    private final MessageSource messages;

    ReferralWebController(Referrals referrals, Directory centres, DeclineReasons reasons, IndicatorCatalogue catalogue, MessageSource messages) {
        this.referrals = referrals;
        this.centres = centres;
        this.reasons = reasons;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    record Option(String value, String label) {
    }

    // ---- refer ----------------------------------------------------------------------------------

    @GetMapping("/new")
    String form(@RequestParam long signal, @RequestParam(required = false) String gender,
                @RequestParam(required = false) Boolean presumedMinor, Model model, Locale locale) {
        SignalView s = referrals.signalToRefer(signal);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("gender", gender(gender).name());
        form.put("presumedMinor", String.valueOf(s.presumedMinor() || Boolean.TRUE.equals(presumedMinor)));
        form.put("urgent", String.valueOf(s.urgent()));
        return referForm(model, s, form, List.of(), null, locale);
    }

    @PostMapping
    String refer(@RequestParam Map<String, String> params, Model model, Locale locale, RedirectAttributes flash,
                 HttpServletResponse response) {
        long signalId;
        try {
            signalId = Long.parseLong(params.getOrDefault("signal", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("signal", "is required");
        }
        SignalView s = referrals.signalToRefer(signalId);
        try {
            Referral r = referrals.refer(new Referrals.ReferInput(signalId, params.get("centre"), params.get("reason"), params.get("consent"),
                    params.get("consentNote"), "true".equals(params.get("urgent")), "true".equals(params.get("presumedMinor")),
                    params.get("gender")));
            flash.addFlashAttribute("notice", "referral.notice.sent");
            flash.addFlashAttribute("noticeArg", centreName(r.centreCode()));
            return "redirect:/referrals/mine";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return referForm(model, s, params, e.problems(), null, locale);
        } catch (RefusedException e) {
            response.setStatus(409);
            return referForm(model, s, params, List.of(), ruleText(e.rule(), e.getMessage(), locale), locale);
        }
    }

    private String referForm(Model model, SignalView s, Map<String, String> form, List<FieldProblem> problems, String refused, Locale locale) {
        Routing.Gender g = gender(form.get("gender"));
        boolean minor = s.presumedMinor() || "true".equals(form.get("presumedMinor"));
        Routing.Suggestion sug = referrals.suggest(s, minor, g);
        Optional<Referral> existing = referrals.ofSignal(s.id());
        model.addAttribute("signal", s);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("refused", refused);
        model.addAttribute("suggestion", sug);
        model.addAttribute("suggestedName", sug.centre().map(Centre::name).orElse(null));
        model.addAttribute("selected", form.getOrDefault("centre", sug.centreCode() == null ? "" : sug.centreCode()));
        model.addAttribute("minor", minor);
        model.addAttribute("existing", existing.orElse(null));
        model.addAttribute("blocked", existing.map(r -> r.status() != IntakeRules.Status.DECLINED).orElse(false));
        model.addAttribute("declinedBy", existing.map(r -> String.join(", ", r.declinedBy().stream().map(this::centreName).toList())).orElse(""));
        model.addAttribute("centres", centres.all().stream().filter(Centre::active).map(c -> new Option(c.code(), centreLabel(c, locale))).toList());
        model.addAttribute("genders", enumOptions(Routing.Gender.values(), "referral.gender.", locale));
        model.addAttribute("consents", enumOptions(Referral.Consent.values(), "referral.consent.", locale));
        return "referral/refer";
    }

    // ---- lists ----------------------------------------------------------------------------------

    @GetMapping("/mine")
    String mine(Model model, Locale locale) {
        model.addAttribute("rows", referrals.mine(0, 200).stream().map(r -> row(r, locale)).toList());
        return "referral/mine";
    }

    @GetMapping("/queue")
    String queue(Model model, Locale locale) {
        model.addAttribute("rows", referrals.queue().stream().map(r -> row(r, locale)).toList());
        return "referral/queue";
    }

    /** The home block's live part: how many referrals wait at the caller's centre. */
    @GetMapping("/queue/count")
    String count(Model model) {
        be.ariadne.shared.Actor actor = Referrals.actor();
        boolean centre = actor != null && actor.hasRole(Referrals.CENTRE_ROLE) && "SPECIALISED_CENTRE".equals(actor.organisationType());
        model.addAttribute("waiting", centre ? referrals.waiting(actor.organisationCode()) : 0L);
        return "referral/fragments :: waiting";
    }

    private Map<String, Object> row(Referral r, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("r", r);
        m.put("centre", centreName(r.centreCode()));
        m.put("sent", WHEN.format(r.sentAt()));
        m.put("changed", WHEN.format(r.statusChangedAt()));
        m.put("declinedBy", String.join(", ", r.declinedBy().stream().map(this::centreName).toList()));
        m.put("declineReason", r.lastDeclineReason() == null ? null : reasons.label(r.lastDeclineReason(), locale));
        return m;
    }

    // ---- one referral and the decisions ---------------------------------------------------------

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model, Locale locale) {
        return detail(id, model, locale, List.of(), null, null);
    }

    private String detail(long id, Model model, Locale locale, List<FieldProblem> problems, String refused, Map<String, String> form) {
        return detail(id, model, locale, problems, refused, form, "");
    }

    /** {@code prefix}: the id prefix of the form's fields ({@code decline-}, {@code redirect-}) for the problems' links. */
    private String detail(long id, Model model, Locale locale, List<FieldProblem> problems, String refused, Map<String, String> form,
                          String prefix) {
        Referrals.Seen seen = referrals.read(id);
        Referral r = seen.referral();
        model.addAttribute("r", r);
        model.addAttribute("row", row(r, locale));
        model.addAttribute("audience", seen.audience().name());
        model.addAttribute("problems", problems);
        model.addAttribute("problemPrefix", prefix);
        model.addAttribute("refused", refused);
        model.addAttribute("form", form == null ? Map.of() : form);
        if (seen.audience() == Audience.CENTRE) {
            ReferredScreening s = referrals.screening(r);
            model.addAttribute("screening", s);
            if (s != null) {
                model.addAttribute("signs", s.signs().stream().map(c -> catalogue.sign(c).map(x -> x.label(locale)).orElse(c)).toList());
                model.addAttribute("indicators", s.indicators().stream().map(c -> catalogue.indicator(c).map(x -> x.label(locale)).orElse(c)).toList());
                model.addAttribute("belgium", ScreeningLabels.label(s.belgium(), locale));
            }
            model.addAttribute("steps", r.steps().stream().map(st -> step(st, locale)).toList());
            model.addAttribute("reasons", reasons.codes().stream().map(c -> new Option(c, reasons.label(c, locale))).toList());
            model.addAttribute("targets", centres.all().stream().filter(Centre::active).filter(c -> !c.code().equals(r.centreCode()))
                    .map(c -> new Option(c.code(), centreLabel(c, locale))).toList());
            model.addAttribute("pending", r.status().pending());
        }
        return "referral/detail";
    }

    private Map<String, Object> step(Referral.Step st, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", st.kind().name());
        m.put("at", WHEN.format(st.at()));
        m.put("from", st.fromCentre() == null ? null : centreName(st.fromCentre()));
        m.put("centre", centreName(st.centreCode()));
        m.put("reason", st.reasonCode() == null ? null : reasons.label(st.reasonCode(), locale));
        m.put("note", st.reasonText());
        m.put("by", st.actor() + (st.actorOrg() == null ? "" : " (" + st.actorOrg() + ")"));
        return m;
    }

    @PostMapping("/{id}/accept")
    String accept(@PathVariable long id, @RequestParam(required = false) String version, Model model, Locale locale,
                  RedirectAttributes flash, HttpServletResponse response) {
        return decide(id, model, locale, flash, response, Map.of(), () -> referrals.accept(id, version(version)), "referral.notice.accepted", "");
    }

    @PostMapping("/{id}/decline")
    String decline(@PathVariable long id, @RequestParam Map<String, String> params, Model model, Locale locale,
                   RedirectAttributes flash, HttpServletResponse response) {
        return decide(id, model, locale, flash, response, params,
                () -> referrals.decline(id, params.get("reason"), params.get("note"), version(params.get("version"))), "referral.notice.declined",
                "decline-");
    }

    @PostMapping("/{id}/redirect")
    String redirect(@PathVariable long id, @RequestParam Map<String, String> params, Model model, Locale locale,
                    RedirectAttributes flash, HttpServletResponse response) {
        return decide(id, model, locale, flash, response, params,
                () -> referrals.redirect(id, params.get("centre"), params.get("reason"), version(params.get("version"))), "referral.notice.redirected",
                "redirect-");
    }

    private String decide(long id, Model model, Locale locale, RedirectAttributes flash, HttpServletResponse response,
                          Map<String, String> form, java.util.function.Supplier<Referral> action, String notice, String prefix) {
        try {
            Referral r = action.get();
            flash.addFlashAttribute("notice", notice);
            flash.addFlashAttribute("noticeArg", r.caseCode() != null ? r.caseCode() : centreName(r.centreCode()));
            return r.status() == IntakeRules.Status.ACCEPTED ? "redirect:/referrals/" + id : "redirect:/referrals/queue";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return detail(id, model, locale, e.problems(), null, form, prefix);
        } catch (RefusedException e) {
            response.setStatus(409);
            return detail(id, model, locale, List.of(), ruleText(e.rule(), e.getMessage(), locale), form, prefix);
        } catch (StaleVersionException e) {
            response.setStatus(409);
            return detail(id, model, locale, List.of(), ruleText("STALE_VERSION", e.getMessage(), locale), form);
        }
    }

    // ---- helpers --------------------------------------------------------------------------------

    static Integer version(String v) {
        if (v == null || v.isBlank()) return null;
        try {
            return Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "must be a whole number");
        }
    }

    static Routing.Gender gender(String g) {
        if (g == null || g.isBlank()) return Routing.Gender.UNKNOWN;
        try {
            return Routing.Gender.valueOf(g.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("gender", "'" + g + "' is not one of " + List.of(Routing.Gender.values()));
        }
    }

    private String centreName(String code) {
        return centres.byCode(code).map(Centre::name).orElse(code);
    }

    private String centreLabel(Centre c, Locale locale) {
        String whom = c.intake().minors() && !c.intake().adults() ? messages.getMessage("referral.centre.forMinors", null, locale) : null;
        return c.name() + " – " + c.city() + (whom == null ? "" : " (" + whom + ")");
    }

    private String ruleText(String rule, String fallback, Locale locale) {
        return messages.getMessage("referral.rule." + rule, null, fallback, locale);
    }

    private <E extends Enum<E>> List<Option> enumOptions(E[] values, String prefix, Locale locale) {
        List<Option> out = new ArrayList<>();
        for (E v : values) out.add(new Option(v.name(), messages.getMessage(prefix + v.name(), null, locale)));
        return out;
    }
}
