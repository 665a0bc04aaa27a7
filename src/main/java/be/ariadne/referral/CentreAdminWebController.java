package be.ariadne.referral;

import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.InvalidInputException;
import be.ariadne.shared.StaleVersionException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' screens of the directory of centres: list, edit, deactivate and reactivate. */
@Controller
@RequestMapping("/admin/centres")
@PreAuthorize("hasRole('ADMIN')")
class CentreAdminWebController {
    private final Directory centres;
    private final be.ariadne.access.Organisations organisations;

    CentreAdminWebController(Directory centres, be.ariadne.access.Organisations organisations) {
        this.centres = centres;
        this.organisations = organisations;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("centres", centres.all());
        // The directory is linked to the centres' organisations by code: say which entry has none to receive referrals.
        model.addAttribute("receiving", organisations.ofType(be.ariadne.access.OrganisationType.SPECIALISED_CENTRE).stream()
                .filter(be.ariadne.access.Organisation::active).map(be.ariadne.access.Organisation::code).collect(java.util.stream.Collectors.toSet()));
        return "referral/centres";
    }

    @GetMapping("/{code}")
    String edit(@PathVariable String code, Model model) {
        Centre c = centres.require(code);
        return form(model, c, values(c), List.of(), false);
    }

    @PostMapping("/{code}")
    String save(@PathVariable String code, @RequestParam Map<String, String> params, Model model, RedirectAttributes flash,
                HttpServletResponse response) {
        Centre c = centres.require(code);
        try {
            centres.update(code, new Directory.Edit(params.get("name"), params.get("city"), params.get("address"), params.get("phone"),
                    params.get("website"), params.get("languages"), params.containsKey("adults"), params.containsKey("minors"),
                    params.containsKey("women"), params.containsKey("men"), params.get("areas"), sortKey(params.get("sortKey"))),
                    ReferralWebController.version(params.get("version")), CentreAdminApiController.actor());
            flash.addFlashAttribute("notice", "referral.admin.saved");
            flash.addFlashAttribute("noticeArg", c.name());
            return "redirect:/admin/centres";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return form(model, c, params, e.problems(), false);
        } catch (StaleVersionException e) {
            response.setStatus(409);
            return form(model, centres.require(code), params, List.of(), true);
        }
    }

    @PostMapping("/{code}/deactivate")
    String deactivate(@PathVariable String code, @RequestParam(required = false) String version, RedirectAttributes flash) {
        return active(code, version, false, flash);
    }

    @PostMapping("/{code}/reactivate")
    String reactivate(@PathVariable String code, @RequestParam(required = false) String version, RedirectAttributes flash) {
        return active(code, version, true, flash);
    }

    private String active(String code, String version, boolean active, RedirectAttributes flash) {
        try {
            Centre c = centres.setActive(code, active, ReferralWebController.version(version), CentreAdminApiController.actor());
            flash.addFlashAttribute("notice", active ? "referral.admin.reactivated" : "referral.admin.deactivated");
            flash.addFlashAttribute("noticeArg", c.name());
        } catch (StaleVersionException e) {
            flash.addFlashAttribute("error", "referral.admin.stale");
        }
        return "redirect:/admin/centres";
    }

    private String form(Model model, Centre c, Map<String, String> values, List<FieldProblem> problems, boolean stale) {
        model.addAttribute("centre", c);
        model.addAttribute("v", values);
        model.addAttribute("problems", problems);
        model.addAttribute("stale", stale);
        return "referral/centre-form";
    }

    private static Integer sortKey(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("sortKey", "must be a whole number");
        }
    }

    static Map<String, String> values(Centre c) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("city", c.city());
        m.put("address", c.address() == null ? "" : c.address());
        m.put("phone", c.phone() == null ? "" : c.phone());
        m.put("website", c.website() == null ? "" : c.website());
        m.put("languages", String.join(",", c.languages()));
        if (c.intake().adults()) m.put("adults", "on");
        if (c.intake().minors()) m.put("minors", "on");
        if (c.intake().women()) m.put("women", "on");
        if (c.intake().men()) m.put("men", "on");
        m.put("areas", c.areas().toString());
        m.put("sortKey", String.valueOf(c.sortKey()));
        m.put("version", String.valueOf(c.version()));
        return m;
    }
}
