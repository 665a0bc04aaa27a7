package be.ariadne.screening.web;

import be.ariadne.screening.ScreeningRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The full indicator assessment: the six ILO dimensions with their indicators and strengths in
 * the lists that apply, the verdict per dimension and the legal qualification. Without JavaScript
 * the "re-evaluate" button posts the page; with htmx every change posts to {@code /verdict}, which
 * answers only the parts that change (out-of-band swaps), so focus stays where the user is.
 */
@Controller
@RequestMapping("/screening/assessment")
@PreAuthorize(ScreeningPages.ROLES)
class AssessmentController {
    private final ScreeningPages pages;
    private final MessageSource messages;

    AssessmentController(ScreeningPages pages, MessageSource messages) {
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping
    String start(Model model, Locale locale) {
        ScreeningForm form = new ScreeningForm();
        return pages.assessment(model, form, ScreeningRequest.EMPTY, List.of(), locale, List.of());
    }

    /** Re-evaluates the posted assessment; {@code from=quick} continues a quick screen (its signs become indicators). */
    @PostMapping
    String evaluate(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
                    HttpServletResponse response) {
        ScreeningForm form = ScreeningForm.read(params);
        List<String> prefilled = List.of();
        if ("quick".equals(params.getFirst("from"))) {
            prefilled = pages.views().signs(locale).stream().filter(s -> form.signs.contains(s.value()))
                    .map(ScreeningViews.Option::label).toList();
            form.signsToIndicators(pages.views().catalogue());
        }
        ScreeningForm.Reading reading = form.request(pages.views().catalogue(), messages, locale);
        if (!reading.valid()) response.setStatus(400);
        return pages.assessment(model, form, reading.request(), reading.problems(), locale, prefilled);
    }

    /** htmx: the verdicts, strengths and qualification for the form as it is now (always 200, problems included). */
    @PostMapping("/verdict")
    String verdict(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale) {
        ScreeningForm form = ScreeningForm.read(params);
        ScreeningForm.Reading reading = form.request(pages.views().catalogue(), messages, locale);
        pages.assessment(model, form, reading.request(), reading.problems(), locale, List.of());
        return "screening/assessment-verdicts :: verdicts";
    }
}
