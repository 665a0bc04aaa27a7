package be.ariadne.referral;

import java.util.Optional;
import java.util.Set;

/**
 * Which step a referral may take now; plain Java. A referral is pending while SENT or REDIRECTED:
 * the centre it is at accepts, declines or redirects it to another centre. An ACCEPTED referral is
 * final. A DECLINED one may be sent again by the referrer, to a centre that has not declined it.
 */
final class IntakeRules {
    private IntakeRules() {
    }

    enum Status {
        SENT, ACCEPTED, DECLINED, REDIRECTED;

        boolean pending() {
            return this == SENT || this == REDIRECTED;
        }
    }

    enum Step { ACCEPT, DECLINE, REDIRECT, SEND_AGAIN }

    /** A refusal: a stable rule code (also a message key suffix {@code referral.rule.<rule>}) and words. */
    record Refusal(String rule, String message) {
    }

    /**
     * @param status     where the referral stands
     * @param atCentre   the centre it is at now
     * @param toCentre   for REDIRECT and SEND_AGAIN: the centre it would go to
     * @param declinedBy the centres that declined it so far
     */
    static Optional<Refusal> check(Status status, Step step, String atCentre, String toCentre, Set<String> declinedBy) {
        switch (step) {
            case ACCEPT, DECLINE, REDIRECT -> {
                if (!status.pending()) {
                    return Optional.of(new Refusal("ALREADY_DECIDED", "The referral was already " + status.name().toLowerCase() + "."));
                }
                if (step == Step.REDIRECT && toCentre != null && toCentre.equals(atCentre)) {
                    return Optional.of(new Refusal("SAME_CENTRE", "The referral is already at " + atCentre + ": redirect it to another centre."));
                }
            }
            case SEND_AGAIN -> {
                if (status == Status.ACCEPTED) {
                    return Optional.of(new Refusal("ALREADY_ACCEPTED", "The signal was already referred and accepted by " + atCentre + "."));
                }
                if (status.pending()) {
                    return Optional.of(new Refusal("ALREADY_PENDING", "The signal was already referred; " + atCentre + " has not decided yet."));
                }
                if (toCentre != null && declinedBy.contains(toCentre)) {
                    return Optional.of(new Refusal("CENTRE_ALREADY_DECLINED", toCentre + " already declined this referral: choose another centre."));
                }
            }
        }
        return Optional.empty();
    }
}
