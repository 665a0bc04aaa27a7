package be.ariadne.exchange;

import be.ariadne.shared.Actor;
import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** HTCDS export (contract htcds-exchange) and import over the API, for case workers of a specialised centre. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "HTCDS exchange", description = "Cases as HTCDS 2.0 CSV (contracts/htcds-exchange.md)")
class ExchangeApiController {
    private final HtcdsImport importer;
    private final HtcdsExport exporter;
    private final long maxBytes;

    ExchangeApiController(HtcdsImport importer, HtcdsExport exporter, @Value("${ariadne.exchange.max-upload-bytes:10485760}") long maxBytes) {
        this.importer = importer;
        this.exporter = exporter;
        this.maxBytes = maxBytes;
    }

    @GetMapping(path = "/exports/htcds.csv", produces = "text/csv")
    @Operation(summary = "The cases the caller may read in full, as HTCDS 2.0 CSV",
            description = "Case workers of a specialised centre: every case their centre holds. Audited (CASES_EXPORTED) with the row count.")
    void export(HttpServletResponse response) throws IOException {
        Actor a = ExchangeWebController.centreCaseWorker();
        writeExport(exporter, a.organisationCode(), response);
    }

    static void writeExport(HtcdsExport exporter, String centre, HttpServletResponse response) throws IOException {
        exporter.requireAllowed(centre);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"htcds-" + centre + "-" + LocalDate.now() + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        OutputStream out = response.getOutputStream();
        exporter.export(centre, out, skipped -> { });
        out.flush();
    }

    @PostMapping(path = "/imports/htcds", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import an HTCDS 2.0 CSV file (multipart 'file') into the caller's centre",
            description = "All or nothing unless skipInvalid=true; dryRun=true checks and counts without importing. "
                    + "200 {imported, updated, rejected, committed, problems[{line, column, message}]}; "
                    + "400 problem document with the same problems when nothing was imported.")
    ResponseEntity<?> importFile(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "false") boolean skipInvalid,
                                 @RequestParam(defaultValue = "false") boolean ignoreUnknownColumns,
                                 @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        Actor a = ExchangeWebController.centreCaseWorker();
        if (file == null || file.isEmpty()) return Problems.response(Problems.invalid(List.of(new FieldProblem("file", "is required: an HTCDS CSV file"))));
        if (file.getSize() > maxBytes) {
            return Problems.response(Problems.invalid(List.of(new FieldProblem("file", "is larger than the limit of " + maxBytes + " bytes"))));
        }
        HtcdsImport.Result r = importer.run(file.getInputStream(), new HtcdsImport.Request(a.organisationCode(), skipInvalid, ignoreUnknownColumns,
                dryRun, "api " + ExchangeWebController.cleanName(file.getOriginalFilename())), p -> { }, null);
        List<Map<String, Object>> problems = new ArrayList<>();
        for (HtcdsProblem p : r.problems()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("line", p.line());
            m.put("column", p.column());
            m.put("message", p.message());
            problems.add(m);
        }
        if (r.failed()) {
            ProblemDetail pd = Problems.of(HttpStatus.BAD_REQUEST, "Invalid HTCDS file",
                    r.headerRefused() ? "The header row is refused: nothing imported." : r.rejected() + " bad row(s): nothing imported (" + r.summary() + ").");
            pd.setProperty("rejected", r.rejected());
            pd.setProperty("problems", problems);
            return Problems.response(pd);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("imported", r.imported());
        body.put("updated", r.updated());
        body.put("rejected", r.rejected());
        body.put("committed", r.committed());
        body.put("summary", r.summary());
        body.put("problems", problems);
        return ResponseEntity.ok(body);
    }
}
