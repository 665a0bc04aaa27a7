package be.ariadne.referral;

import be.ariadne.screening.ReferredScreening;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The JSON shapes of the API: a referral as its referrer sees it (status only) or as the centre sees it (everything). */
final class ReferralJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReferralJson() {
    }

    static Map<String, Object> forReferrer(Referral r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("signal", r.signalId());
        m.put("status", r.status().name());
        m.put("centre", r.centreCode());
        m.put("urgent", r.urgent());
        m.put("sentAt", r.sentAt().toString());
        m.put("statusChangedAt", r.statusChangedAt().toString());
        m.put("declinedBy", List.copyOf(r.declinedBy()));
        return m;
    }

    static Map<String, Object> forCentre(Referral r, ReferredScreening s) {
        Map<String, Object> m = forReferrer(r);
        m.put("version", r.version());
        m.put("referrer", r.referrerOrg());
        m.put("referredBy", r.referredBy());
        m.put("suggestedCentre", r.suggestedCentre());
        m.put("presumedMinor", r.presumedMinor());
        m.put("childProtectionAlert", r.childProtectionAlert());
        m.put("gender", r.gender().name());
        m.put("postalCode", r.postalCode());
        m.put("consent", r.consent().name());
        m.put("consentNote", r.consentNote());
        m.put("case", r.caseCode());
        m.put("acceptedOn", r.acceptedOn() == null ? null : r.acceptedOn().toString());
        m.put("history", r.steps().stream().map(ReferralJson::step).toList());
        if (s != null) m.put("screening", screening(s));
        return m;
    }

    static Map<String, Object> step(Referral.Step st) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", st.kind().name());
        m.put("fromCentre", st.fromCentre());
        m.put("centre", st.centreCode());
        m.put("reason", st.reasonCode());
        m.put("note", st.reasonText());
        m.put("by", st.actor());
        m.put("organisation", st.actorOrg());
        m.put("at", st.at().toString());
        return m;
    }

    static Map<String, Object> screening(ReferredScreening s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("signal", s.signalId());
        m.put("observedOn", s.observedOn().toString());
        m.put("postalCode", s.postalCode());
        m.put("municipality", s.municipality());
        m.put("catalogueVersion", s.catalogueVersion());
        m.put("presumedMinor", s.presumedMinor());
        m.put("urgent", s.urgent());
        m.put("belgium", s.belgium().name());
        m.put("signs", s.signs());
        m.put("indicators", s.indicators());
        m.put("otherSign", s.otherSign());
        m.put("request", JSON.readTree(s.requestJson()));
        m.put("result", JSON.readTree(s.resultJson()));
        return m;
    }

    static Map<String, Object> centre(Centre c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", c.code());
        m.put("name", c.name());
        m.put("city", c.city());
        m.put("address", c.address());
        m.put("phone", c.phone());
        m.put("website", c.website());
        m.put("languages", c.languages());
        m.put("adults", c.intake().adults());
        m.put("minors", c.intake().minors());
        m.put("women", c.intake().women());
        m.put("men", c.intake().men());
        m.put("areas", c.areas().toString());
        m.put("sortKey", c.sortKey());
        m.put("active", c.active());
        m.put("version", c.version());
        return m;
    }
}
