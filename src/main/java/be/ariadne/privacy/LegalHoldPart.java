package be.ariadne.privacy;

import be.ariadne.casefile.CaseRef;
import be.ariadne.casefile.Compartment;
import be.ariadne.casefile.CompartmentPart;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The legal holds of a case, shown in its LEGAL compartment (API: {@code legal.legalHolds}; screen: a section with its forms). */
@Component
class LegalHoldPart implements CompartmentPart {
    private final LegalHolds holds;

    LegalHoldPart(LegalHolds holds) {
        this.holds = holds;
    }

    @Override
    public Compartment compartment() {
        return Compartment.LEGAL;
    }

    @Override
    public Map<String, Object> read(CaseRef ref) {
        return Map.of("legalHolds", holds.holds(ref).stream().map(PrivacyApiController::holdJson).toList());
    }

    @Override
    public String fragmentUrl(CaseRef ref) {
        return "/cases/" + ref.code() + "/legal-holds";
    }
}
