package be.ariadne.protection.app;

import be.ariadne.casefile.CaseRef;
import be.ariadne.casefile.ResidenceSupport;
import be.ariadne.protection.ProcedureJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Immigration Office's API: the cases shared with it for residence documents, and per case
 * only the procedure and the identity needed to issue documents (names, birth date, identity
 * documents; never phones, addresses or other compartments).
 */
@RestController
@Tag(name = "Immigration Office", description = "Residence documents of the victim-status procedure: what the Immigration Office needs, nothing else.")
class ImmigrationApiController {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Procedures procedures;
    private final ResidenceSupport residence;

    ImmigrationApiController(Procedures procedures, ResidenceSupport residence) {
        this.procedures = procedures;
        this.residence = residence;
    }

    @Operation(summary = "Cases shared with the Immigration Office, with their procedure's phase and end date")
    @GetMapping("/api/v1/immigration/cases")
    List<Map<String, Object>> list() {
        requireOfficer();
        List<Map<String, Object>> out = new ArrayList<>();
        for (CaseRef ref : residence.residenceSharedWithMe(500)) {
            var s = procedures.readChecked(ref).state();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("case", ref.code());
            m.put("phase", s.phase().name());
            m.put("document", s.document().map(Enum::name).orElse(null));
            m.put("validUntil", s.validUntil().map(Object::toString).orElse(null));
            out.add(m);
        }
        return out;
    }

    @Operation(summary = "One case: the identity needed for the documents and the procedure (contract state)")
    @GetMapping("/api/v1/immigration/cases/{code}")
    Map<String, Object> one(@PathVariable String code) {
        requireOfficer();
        Procedures.View view = procedures.read(code);
        ResidenceSupport.DocumentIdentity id = residence.identityForDocuments(code);
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("firstName", id.firstName());
        identity.put("lastName", id.lastName());
        identity.put("birthDate", id.birthDate() == null ? null : id.birthDate().toString());
        List<Map<String, Object>> docs = new ArrayList<>();
        id.documents().forEach(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", d.type());
            m.put("number", d.number());
            m.put("issuingCountry", d.issuingCountry());
            m.put("expiryDate", d.expiryDate() == null ? null : d.expiryDate().toString());
            docs.add(m);
        });
        identity.put("documents", docs);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("case", view.ref().code());
        out.put("identity", identity);
        out.put("procedure", JSON.convertValue(ProcedureJson.stateToJson(view.state()), new TypeReference<Map<String, Object>>() { }));
        return out;
    }

    private static void requireOfficer() {
        if (!Procedures.actor().hasRole("IMMIGRATION_OFFICER")) throw new AccessDeniedException("for the Immigration Office only");
    }
}
