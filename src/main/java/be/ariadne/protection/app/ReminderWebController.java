package be.ariadne.protection.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's reminders: the page, the home-page fragment, and "mark as read". */
@Controller
class ReminderWebController {
    private final Reminders reminders;
    private final MessageSource messages;

    ReminderWebController(Reminders reminders, MessageSource messages) {
        this.reminders = reminders;
        this.messages = messages;
    }

    @GetMapping("/reminders")
    String page(Model model) {
        model.addAttribute("reminders", items(reminders.of(Procedures.actor(), false, 200)));
        return "protection/reminders";
    }

    @GetMapping("/reminders/fragments/unread")
    String unread(Model model) {
        model.addAttribute("reminders", items(reminders.of(Procedures.actor(), true, 10)));
        return "protection/parts :: unread";
    }

    @PostMapping("/reminders/{id}/read")
    String read(@PathVariable String id, RedirectAttributes flash) {
        long n;
        try {
            n = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new be.ariadne.shared.NotFoundException("There is no reminder " + id + " for you.");
        }
        reminders.markRead(Procedures.actor(), n);
        flash.addFlashAttribute("notice", "protection.reminders.markedRead");
        flash.addFlashAttribute("noticeArg", "");
        return "redirect:/reminders";
    }

    private List<Map<String, Object>> items(List<Reminders.Item> list) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Reminders.Item i : list) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", i.id());
            m.put("code", i.caseCode());
            m.put("read", i.read());
            m.put("text", messages.getMessage("protection.reminder.message", new Object[] {
                    messages.getMessage("protection.document." + i.document(), null, i.document(), LocaleContextHolder.getLocale()),
                    i.caseCode(), i.validUntil().toString()}, LocaleContextHolder.getLocale()));
            m.put("due", i.dueOn().toString());
            out.add(m);
        }
        return out;
    }
}
