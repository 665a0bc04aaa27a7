package be.ariadne.referral;

import be.ariadne.referral.IntakeRules.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A referral as stored, with its steps in order. */
record Referral(long id, long signalId, String referrerOrg, String referredBy, Instant sentAt, LocalDate sentOn,
                String centreCode, String suggestedCentre, Status status, boolean urgent, boolean presumedMinor,
                boolean childProtectionAlert, Routing.Gender gender, String postalCode, Consent consent, String consentNote,
                String caseCode, LocalDate acceptedOn, Instant statusChangedAt, int version, List<Step> steps) {

    enum Consent { GIVEN, REFUSED, COULD_NOT_BE_ASKED }

    enum StepKind { SENT, REDIRECTED, ACCEPTED, DECLINED, SENT_AGAIN }

    /**
     * One step: SENT / SENT_AGAIN (by the referrer, to {@code centreCode}), REDIRECTED (by {@code fromCentre}
     * to {@code centreCode}), ACCEPTED / DECLINED (by {@code centreCode}).
     */
    record Step(long id, StepKind kind, String fromCentre, String centreCode, String reasonCode, String reasonText,
                String actor, String actorOrg, Instant at) {
    }

    /** The centres that declined this referral so far. */
    java.util.Set<String> declinedBy() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (Step s : steps) if (s.kind() == StepKind.DECLINED) out.add(s.centreCode());
        return out;
    }

    /** The last decline's reason code, or null. */
    String lastDeclineReason() {
        String r = null;
        for (Step s : steps) if (s.kind() == StepKind.DECLINED) r = s.reasonCode();
        return r;
    }
}
