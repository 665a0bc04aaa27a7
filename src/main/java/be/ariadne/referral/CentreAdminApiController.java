package be.ariadne.referral;

import be.ariadne.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Administration of the directory of centres; every change audited; a centre is deactivated, never deleted. */
@RestController
@RequestMapping("/api/v1/admin/centres")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Centre directory (administration)", description = "The specialised centres: contact, whom they take in, the postal codes they serve.")
class CentreAdminApiController {
    static final Set<String> FIELDS = Set.of("name", "city", "address", "phone", "website", "languages", "adults", "minors", "women", "men",
            "areas", "sortKey", "version");
    private final Directory centres;

    CentreAdminApiController(Directory centres) {
        this.centres = centres;
    }

    @GetMapping
    @Operation(summary = "Every centre of the directory, active or not")
    List<Map<String, Object>> list() {
        return centres.all().stream().map(ReferralJson::centre).toList();
    }

    @PostMapping
    @Operation(summary = "Add a centre for an existing specialised centre organisation (same code)",
            description = "Body {code, name, city, address, phone, website, languages: [\"fr\",…], adults, minors, women, men, areas: \"1000-1299,…\", sortKey}.")
    ResponseEntity<Map<String, Object>> create(@RequestBody(required = false) JsonNode body) {
        java.util.Set<String> allowed = new java.util.HashSet<>(FIELDS);
        allowed.remove("version");
        allowed.add("code");
        Bodies b = Bodies.read(body, allowed);
        String code = b.text("code");
        Directory.Edit edit = edit(b);
        b.done();
        Centre c = centres.create(code, edit, actor());
        return ResponseEntity.created(URI.create("/api/v1/admin/centres/" + c.code())).body(ReferralJson.centre(c));
    }

    @PutMapping("/{code}")
    @Operation(summary = "Change a centre (every field, with the version read)", description = "409 STALE_VERSION when changed meanwhile.")
    Map<String, Object> update(@PathVariable String code, @RequestBody(required = false) JsonNode body) {
        Bodies b = Bodies.read(body, FIELDS);
        Directory.Edit edit = edit(b);
        Integer version = b.integer("version");
        b.done();
        return ReferralJson.centre(centres.update(code, edit, version, actor()));
    }

    @PostMapping("/{code}/deactivate")
    @Operation(summary = "Deactivate: never suggested, refused as a referral's centre", description = "Body {version}.")
    Map<String, Object> deactivate(@PathVariable String code, @RequestBody(required = false) JsonNode body) {
        return active(code, body, false);
    }

    @PostMapping("/{code}/reactivate")
    @Operation(summary = "Reactivate", description = "Body {version}.")
    Map<String, Object> reactivate(@PathVariable String code, @RequestBody(required = false) JsonNode body) {
        return active(code, body, true);
    }

    private Map<String, Object> active(String code, JsonNode body, boolean active) {
        Bodies b = Bodies.read(body, Set.of("version"));
        Integer version = b.integer("version");
        b.done();
        return ReferralJson.centre(centres.setActive(code, active, version, actor()));
    }

    private static Directory.Edit edit(Bodies b) {
        List<String> languages = b.texts("languages");
        return new Directory.Edit(b.text("name"), b.text("city"), b.text("address"), b.text("phone"), b.text("website"),
                languages == null ? null : String.join(",", languages), Boolean.TRUE.equals(b.bool("adults")),
                Boolean.TRUE.equals(b.bool("minors")), Boolean.TRUE.equals(b.bool("women")), Boolean.TRUE.equals(b.bool("men")),
                b.text("areas"), b.integer("sortKey"));
    }

    static String actor() {
        Actor a = Referrals.actor();
        return a == null ? "unknown" : a.username();
    }
}
