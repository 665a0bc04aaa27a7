package be.ariadne.screening.web;

import be.ariadne.access.AriadneUser;
import be.ariadne.access.CurrentUser;
import be.ariadne.screening.NewSignal;
import be.ariadne.screening.ScreeningRequest;
import be.ariadne.screening.SignalSource;
import be.ariadne.screening.SignalView;
import be.ariadne.screening.Signals;
import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.InvalidInputException;
import be.ariadne.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Saving a screening as a signal of one's organisation; the organisation's signals, newest first; one signal as stored. */
@Controller
@RequestMapping("/screening/signals")
@PreAuthorize(ScreeningPages.ROLES)
class SignalWebController {
    static final int PAGE = 20;
    private final ScreeningPages pages;
    private final Signals signals;
    private final MessageSource messages;

    SignalWebController(ScreeningPages pages, Signals signals, MessageSource messages) {
        this.pages = pages;
        this.signals = signals;
        this.messages = messages;
    }

    /** Saves the posted screening; a refused form is shown again where it came from, and nothing is saved. */
    @PostMapping
    String save(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
                RedirectAttributes flash, HttpServletResponse response) {
        boolean fromAssessment = "assessment".equals(params.getFirst("origin"));
        ScreeningForm form = ScreeningForm.read(params);
        if (form.danger == null) form.danger = form.immediateDanger ? "yes" : "no";
        ScreeningForm.Reading reading = form.request(pages.views().catalogue(), messages, locale);
        List<FieldProblem> problems = new ArrayList<>(reading.problems());
        NewSignal signal = form.signal(reading.request() == null ? ScreeningRequest.EMPTY : reading.request(),
                locale, pages.today(), messages, problems, SignalSource.SCREENING);
        if (problems.isEmpty()) {
            try {
                long id = signals.save(signal);
                flash.addFlashAttribute("notice", "sw.signal.saved");
                flash.addFlashAttribute("noticeArg", String.valueOf(id));
                return "redirect:/screening/signals/" + id;
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        response.setStatus(400);
        if (fromAssessment) return pages.assessment(model, form, reading.request(), problems, locale, List.of());
        if (!reading.valid()) return pages.quickForm(model, form, problems, locale);
        return pages.quickResult(model, form, reading.request(), problems, locale);
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        AriadneUser user = CurrentUser.require();
        int p = Math.max(0, page);
        List<SignalView> found = signals.ofOrganisation(user.organisationCode(), p * PAGE, PAGE + 1);
        model.addAttribute("signals", found.stream().limit(PAGE).toList());
        model.addAttribute("hasNext", found.size() > PAGE);
        model.addAttribute("page", p);
        model.addAttribute("organisation", user.organisationCode());
        return "screening/signals";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model, Locale locale) {
        SignalView signal = signals.find(id).orElseThrow(() -> new NotFoundException("no signal " + id));
        model.addAttribute("signal", signal);
        model.addAttribute("result", pages.views().result(signal.resultJson(), locale));
        model.addAttribute("facts", pages.views().requestFacts(signal.requestJson(), locale));
        model.addAttribute("outdated", !signal.catalogueVersion().equals(pages.views().catalogue().version()));
        model.addAttribute("catalogueVersion", pages.views().catalogue().version());
        model.addAttribute("resultLanguageName", new Locale(signal.resultLanguage()).getDisplayLanguage(locale));
        return "screening/signal";
    }
}
