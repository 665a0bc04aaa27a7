package be.ariadne.protection.app;

import be.ariadne.casefile.CaseRef;
import be.ariadne.casefile.Compartment;
import be.ariadne.casefile.CompartmentPart;
import be.ariadne.protection.ProcedureJson;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.core.type.TypeReference;

/**
 * The procedure as the RESIDENCE compartment's part of a case: {@code residence.procedure} in
 * {@code GET /api/v1/cases/{code}} (the contract's state), and the timeline fragment in the overview.
 * The case file calls it only for callers who may read RESIDENCE.
 */
@Component
class ProcedureCompartmentPart implements CompartmentPart {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Procedures procedures;

    ProcedureCompartmentPart(Procedures procedures) {
        this.procedures = procedures;
    }

    @Override
    public Compartment compartment() {
        return Compartment.RESIDENCE;
    }

    @Override
    public Map<String, Object> read(CaseRef ref) {
        Procedures.View view = procedures.readChecked(ref);
        Map<String, Object> state = JSON.convertValue(ProcedureJson.stateToJson(view.state()), new TypeReference<Map<String, Object>>() { });
        return Map.of("procedure", state);
    }

    @Override
    public String fragmentUrl(CaseRef ref) {
        return "/cases/" + ref.code() + "/procedure/fragment";
    }
}
