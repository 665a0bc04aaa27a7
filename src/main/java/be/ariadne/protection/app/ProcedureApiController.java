package be.ariadne.protection.app;

import be.ariadne.protection.Deadline;
import be.ariadne.protection.ProcedureJson;
import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.InvalidInputException;
import be.ariadne.shared.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The procedure API exactly as {@code contracts/procedure.md}. Optimistic locking without changing
 * the contract's bodies: the state carries its version in the {@code ETag} header, and an event
 * sent with {@code If-Match} is refused (409 {@code STALE_VERSION}) when the procedure changed since.
 */
@RestController
@Tag(name = "Victim-status procedure", description = "Phases, residence documents, conditions and deadlines of a case (RESIDENCE compartment).")
class ProcedureApiController {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Procedures procedures;

    ProcedureApiController(Procedures procedures) {
        this.procedures = procedures;
    }

    @Operation(summary = "Record an event of the procedure",
            description = "201 with the new state; 400 malformed body (every field problem named); 403 when the caller may not write "
                    + "RESIDENCE or record this type; 404 unknown or invisible case; 409 refused by a rule (`rule`) or stale `If-Match`.")
    @PostMapping(path = "/api/v1/cases/{code}/procedure/events")
    ResponseEntity<String> record(@PathVariable String code, @RequestBody(required = false) String body,
                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Procedures.View view = procedures.record(code, body, version(ifMatch));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + view.ref().code() + "/procedure"))
                .eTag(etag(view.version())).contentType(MediaType.APPLICATION_JSON).body(ProcedureJson.writeState(view.state()));
    }

    @Operation(summary = "The state of a case's procedure", description = "ETag: the version to send as If-Match when recording.")
    @GetMapping(path = "/api/v1/cases/{code}/procedure")
    ResponseEntity<String> state(@PathVariable String code) {
        Procedures.View view = procedures.read(code);
        return ResponseEntity.ok().eTag(etag(view.version())).contentType(MediaType.APPLICATION_JSON)
                .body(ProcedureJson.writeState(view.state()));
    }

    @Operation(summary = "Documents expiring within that many days, soonest first",
            description = "For the cases whose RESIDENCE the caller may read. `within`: 0 to 366, default 14.")
    @GetMapping(path = "/api/v1/procedure/deadlines")
    ResponseEntity<String> deadlines(@RequestParam(required = false) String within) {
        int days = 14;
        if (within != null) {
            try {
                days = Integer.parseInt(within.trim());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("within", "must be a whole number of days from 0 to " + Procedures.MAX_WITHIN
                        + ", was \"" + within + "\"");
            }
        }
        List<Deadline> list = procedures.deadlines(days, false);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsString(ProcedureJson.deadlinesToJson(list)));
    }

    /** A refused recording right names its rule; other denials keep the detail of the case file's guard. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        ProblemDetail pd = Problems.of(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
        if (e instanceof RecordingNotAllowedException) pd.setProperty("rule", RecordingNotAllowedException.RULE);
        return Problems.response(pd);
    }

    static String etag(int version) {
        return "\"" + version + "\"";
    }

    static Integer version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.trim())) return null;
        String v = ifMatch.trim();
        if (v.startsWith("W/")) v = v.substring(2);
        v = v.replace("\"", "");
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(List.of(new FieldProblem("If-Match", "must be the ETag of the procedure, e.g. \"3\"; was " + ifMatch)));
        }
    }
}
