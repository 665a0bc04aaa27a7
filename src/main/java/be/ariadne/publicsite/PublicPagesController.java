package be.ariadne.publicsite;

import be.ariadne.shared.NotFoundException;
import be.ariadne.shared.web.SupportedLanguages;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The start page, the information pages and the privacy notice: read-only, no form, no cookie. */
@Controller
class PublicPagesController {
    private final QuickScreen quickScreen;
    private final Centres centres;
    private final MessageSource messages;
    private final String operatorName;
    private final String operatorContact;

    PublicPagesController(QuickScreen quickScreen, Centres centres, MessageSource messages,
                          @Value("${ariadne.publicsite.operator-name:}") String operatorName,
                          @Value("${ariadne.publicsite.operator-contact:}") String operatorContact) {
        this.quickScreen = quickScreen;
        this.centres = centres;
        this.messages = messages;
        this.operatorName = blankToNull(operatorName);
        this.operatorContact = blankToNull(operatorContact);
    }

    @GetMapping("/")
    String start(Model model) {
        model.addAttribute("pages", List.of(InfoPage.values()));
        return "publicsite/start";
    }

    @GetMapping("/info")
    String index(Model model) {
        model.addAttribute("pages", List.of(InfoPage.values()));
        return "publicsite/info/index";
    }

    @GetMapping("/info/{slug}")
    String page(@PathVariable String slug, Model model, Locale locale) {
        InfoPage page = InfoPage.bySlug(slug).orElseThrow(() -> new NotFoundException("There is no information page " + slug));
        model.addAttribute("page", page);
        model.addAttribute("contentTemplate", "publicsite/info/" + language(locale) + "/" + page.slug());
        model.addAttribute("signs", quickScreen.signs(locale));
        model.addAttribute("centres", centres.all());
        model.addAttribute("centreDirectory", centres.directoryUrl());
        return "publicsite/info/page";
    }

    @GetMapping("/privacy")
    String privacy(Model model, Locale locale) {
        model.addAttribute("contentTemplate", "publicsite/privacy/" + language(locale));
        model.addAttribute("operatorName", operatorName != null ? operatorName
                : messages.getMessage("public.privacy.operatorUnknown", null, locale));
        model.addAttribute("operatorContact", operatorContact);
        return "publicsite/privacy";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String language(Locale locale) {
        Locale l = SupportedLanguages.match(locale.getLanguage());
        return (l == null ? SupportedLanguages.DEFAULT : l).getLanguage();
    }
}
