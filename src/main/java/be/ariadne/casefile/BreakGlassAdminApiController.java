package be.ariadne.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Review of break-glass accesses by administrators: confirm or flag, with a note; audited. */
@RestController
@RequestMapping("/api/v1/admin/break-glass")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Break-glass review", description = "Accesses to cases outside a user's scope, for an administrator to confirm or flag.")
class BreakGlassAdminApiController {
    private final BreakGlass breakGlass;

    BreakGlassAdminApiController(BreakGlass breakGlass) {
        this.breakGlass = breakGlass;
    }

    @GetMapping
    @Operation(summary = "Break-glass accesses, newest first (?status=PENDING|CONFIRMED|FLAGGED)")
    List<Map<String, Object>> list(@RequestParam(required = false) String status) {
        return breakGlass.list(status, 500).stream().map(BreakGlassAdminApiController::json).toList();
    }

    @PostMapping("/{id}/review")
    @Operation(summary = "Confirm or flag an access", description = "Body {decision: CONFIRMED|FLAGGED, note (required to flag), version}.")
    Map<String, Object> review(@PathVariable long id, @RequestBody(required = false) JsonNode body) {
        Map<String, Object> m = ApiBodies.read(body, Set.of("decision", "note", "version"), Set.of());
        return json(breakGlass.review(CaseGuard.currentActor(), id, ApiBodies.text(m, "decision"), ApiBodies.text(m, "note"),
                ApiBodies.version(ApiBodies.text(m, "version"))));
    }

    static Map<String, Object> json(BreakGlass.Grant g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", g.id());
        m.put("version", g.version());
        m.put("case", g.caseCode());
        m.put("user", g.username());
        m.put("organisation", g.organisationCode());
        m.put("reason", g.reason());
        m.put("compartments", List.of(g.compartments().split(",")));
        m.put("grantedAt", g.grantedAt().toString());
        m.put("expiresAt", g.expiresAt().toString());
        m.put("reviewStatus", g.reviewStatus());
        m.put("reviewedBy", g.reviewedBy());
        m.put("reviewedAt", g.reviewedAt() == null ? null : g.reviewedAt().toString());
        m.put("reviewNote", g.reviewNote());
        return m;
    }
}
