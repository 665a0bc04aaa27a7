package be.ariadne.screening.web;

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
 * The quick screen, made for a phone: is anyone in immediate danger (yes: call 112 first), then
 * the warning signs and a few facts, then the result in plain words. Works without JavaScript.
 */
@Controller
@RequestMapping("/screening/quick")
@PreAuthorize(ScreeningPages.ROLES)
class QuickScreenController {
    private final ScreeningPages pages;
    private final MessageSource messages;

    QuickScreenController(ScreeningPages pages, MessageSource messages) {
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping
    String start(@RequestParam(required = false) String danger, Model model, Locale locale) {
        ScreeningForm form = new ScreeningForm();
        form.danger = "yes".equals(danger) || "no".equals(danger) ? danger : null;
        form.immediateDanger = "yes".equals(form.danger);
        return pages.quickForm(model, form, List.of(), locale);
    }

    @PostMapping
    String evaluate(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
                    HttpServletResponse response) {
        ScreeningForm form = ScreeningForm.read(params);
        if (form.danger == null) form.danger = form.immediateDanger ? "yes" : "no";
        ScreeningForm.Reading reading = form.request(pages.views().catalogue(), messages, locale);
        if (!reading.valid()) {
            response.setStatus(400);
            return pages.quickForm(model, form, reading.problems(), locale);
        }
        return pages.quickResult(model, form, reading.request(), List.of(), locale);
    }
}
