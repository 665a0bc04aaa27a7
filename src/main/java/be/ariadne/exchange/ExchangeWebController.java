package be.ariadne.exchange;

import be.ariadne.shared.Actor;
import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The HTCDS import in the browser, for case workers of a specialised centre, for their centre:
 * upload → preview (counts, the first rows, every problem row by row with column and value) →
 * confirm. The file waits encrypted in the database between preview and confirmation. Also the
 * export of the centre's cases.
 */
@Controller
class ExchangeWebController {
    private final HtcdsImport importer;
    private final HtcdsExport exporter;
    private final UploadStore uploads;
    private final long maxBytes;

    ExchangeWebController(HtcdsImport importer, HtcdsExport exporter, UploadStore uploads,
                          @Value("${ariadne.exchange.max-upload-bytes:10485760}") long maxBytes) {
        this.importer = importer;
        this.exporter = exporter;
        this.uploads = uploads;
        this.maxBytes = maxBytes;
    }

    static Actor actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Actor a) return a;
        throw new AccessDeniedException("sign in first");
    }

    /** Only case workers of a specialised centre import and export, for their own centre. */
    static Actor centreCaseWorker() {
        Actor a = actor();
        if (!"SPECIALISED_CENTRE".equals(a.organisationType()) || !a.roles().contains("CASE_WORKER")) {
            throw new AccessDeniedException("only case workers of a specialised centre import and export cases");
        }
        return a;
    }

    @GetMapping("/exchange/import")
    String form(Model model) {
        Actor a = centreCaseWorker();
        return formPage(a, null, false, false, model);
    }

    private String formPage(Actor a, List<FieldProblem> problems, boolean skip, boolean ignore, Model model) {
        model.addAttribute("centre", a.organisationCode());
        model.addAttribute("problems", problems);
        model.addAttribute("maxMb", Math.max(1, maxBytes / (1024 * 1024)));
        model.addAttribute("skipInvalid", skip);
        model.addAttribute("ignoreUnknownColumns", ignore);
        return "exchange/import";
    }

    @PostMapping(path = "/exchange/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "false") boolean skipInvalid,
                  @RequestParam(defaultValue = "false") boolean ignoreUnknownColumns, Model model, HttpServletResponse response) throws IOException {
        Actor a = centreCaseWorker();
        List<FieldProblem> problems = new ArrayList<>();
        if (file == null || file.isEmpty()) problems.add(new FieldProblem("file", "choose an HTCDS CSV file"));
        else if (file.getSize() > maxBytes) problems.add(new FieldProblem("file", "is larger than the limit of " + Math.max(1, maxBytes / (1024 * 1024))
                + " MB (use the command line import-htcds for larger files)"));
        if (!problems.isEmpty()) {
            response.setStatus(400);
            return formPage(a, problems, skipInvalid, ignoreUnknownColumns, model);
        }
        String name = cleanName(file.getOriginalFilename());
        UploadStore.Upload u = uploads.save(a.username(), a.organisationCode(), name, skipInvalid, ignoreUnknownColumns, file.getBytes());
        HtcdsImport.Result preview = importer.run(new ByteArrayInputStream(uploads.content(u).orElseThrow()),
                new HtcdsImport.Request(u.centre(), skipInvalid, ignoreUnknownColumns, true, "upload " + name), p -> { }, null);
        if (preview.headerRefused() || preview.failed()) response.setStatus(400);
        model.addAttribute("upload", u);
        model.addAttribute("result", preview);
        model.addAttribute("problemLines", lines(preview.problems()));
        model.addAttribute("canConfirm", !preview.headerRefused() && !preview.failed() && preview.imported() + preview.updated() > 0);
        return "exchange/preview";
    }

    @PostMapping("/exchange/import/{token}/confirm")
    String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
        Actor a = centreCaseWorker();
        UploadStore.Upload u = uploads.find(token, a.username()).orElseThrow(() -> new NotFoundException("This upload has expired: upload the file again."));
        byte[] content = uploads.content(u).orElse(null);
        if (content == null) throw new NotFoundException("This upload has been imported already.");
        ByteArrayOutputStream rejected = new ByteArrayOutputStream();
        HtcdsImport.Result result = importer.run(new ByteArrayInputStream(content),
                new HtcdsImport.Request(u.centre(), u.skipInvalid(), u.ignoreUnknown(), false, "upload " + u.fileName()), p -> { }, () -> rejected);
        if (result.committed()) uploads.imported(u, rejected.toByteArray());
        else response.setStatus(400);
        model.addAttribute("upload", u);
        model.addAttribute("result", result);
        model.addAttribute("problemLines", lines(result.problems()));
        model.addAttribute("hasRejectedFile", result.committed() && rejected.size() > 0);
        return "exchange/done";
    }

    @PostMapping("/exchange/import/{token}/cancel")
    String cancel(@PathVariable String token) {
        Actor a = centreCaseWorker();
        uploads.find(token, a.username()).ifPresent(uploads::delete);
        return "redirect:/exchange/import";
    }

    @GetMapping("/exchange/import/{token}/rejected.csv")
    void rejected(@PathVariable String token, HttpServletResponse response) throws IOException {
        Actor a = centreCaseWorker();
        UploadStore.Upload u = uploads.find(token, a.username()).orElseThrow(() -> new NotFoundException("This upload has expired."));
        byte[] rows = uploads.rejected(u).filter(r -> r.length > 0).orElseThrow(() -> new NotFoundException("No rejected rows."));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ImportHtcdsCommand.stripCsv(u.fileName()) + ".rejected.csv\"");
        response.getOutputStream().write(rows);
    }

    @GetMapping("/exchange/export.csv")
    void export(HttpServletResponse response) throws IOException {
        Actor a = centreCaseWorker();
        ExchangeApiController.writeExport(exporter, a.organisationCode(), response);
    }

    /** Each problem as a line in the user's language: {@code line N: column: problem}. */
    static List<String> lines(List<HtcdsProblem> problems) {
        Locale locale = LocaleContextHolder.getLocale();
        return problems.stream().map(p -> p.text(locale)).collect(Collectors.toList());
    }

    static String cleanName(String name) {
        if (name == null || name.isBlank()) return "upload.csv";
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        return base.length() > 200 ? base.substring(0, 200) : base;
    }
}
