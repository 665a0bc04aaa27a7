package be.ariadne.screening;

import java.util.Optional;

/**
 * Reading a signal's screening for the specialised centre a referral was sent to (the referral
 * module). The signal is held by the referring organisation, so {@link Signals#find} does not show
 * it to the centre: the referral module decides who may read it (the users of the centre the
 * referral is at now) and calls this. Every read is recorded in the audit trail for the current
 * user ({@code SIGNAL_READ_FOR_REFERRAL}, naming the referral).
 */
public interface ReferredScreenings {

    /** The screening of signal {@code signalId} for referral {@code referralId}; empty when the signal does not exist. */
    Optional<ReferredScreening> forReferral(long signalId, long referralId);
}
