package be.ariadne.screening;

import java.util.List;
import java.util.Optional;

/**
 * Screenings kept as <em>signals</em> of an organisation: the request, the result exactly as it was
 * evaluated (with its catalogue version; never re-evaluated), notes encrypted at rest, the place
 * and the date. Every read and every change is recorded in the audit trail.
 *
 * <p>Who sees a signal: users of the organisation that holds it with one of the roles
 * FIRST_LINE, CASE_WORKER, INVESTIGATOR, PROSECUTOR or IMMIGRATION_OFFICER, and the application
 * itself acting as a {@link be.ariadne.shared.SystemActor}. Analysts and administrators never do
 * (signals may hold personal data). A signal another organisation holds is reported as absent.
 */
public interface Signals {

    /** Roles whose users may screen, save signals and read their organisation's signals. */
    java.util.Set<String> ROLES = java.util.Set.of("FIRST_LINE", "CASE_WORKER", "INVESTIGATOR", "PROSECUTOR",
            "IMMIGRATION_OFFICER");

    /**
     * Saves a screening as a signal of the signed-in user's organisation (source {@link SignalSource#SCREENING}).
     * The request is evaluated here, with the catalogue in force, in {@link NewSignal#language()}.
     *
     * @return the new signal's id
     * @throws be.ariadne.shared.InvalidInputException naming every problem (nothing is saved)
     * @throws org.springframework.security.access.AccessDeniedException when the user may not save signals
     */
    long save(NewSignal signal);

    /**
     * Saves a signal on behalf of an organisation without a signed-in user (for example a public
     * report put into a specialised centre's triage queue). {@code createdBy} is the acting
     * principal's name ({@code system:<task>} under a {@link be.ariadne.shared.SystemActor}), or
     * {@code system}.
     *
     * @param organisationCode the organisation that will hold the signal (must exist and be active)
     * @param source           where the signal comes from
     * @return the new signal's id
     * @throws be.ariadne.shared.InvalidInputException naming every problem (nothing is saved)
     */
    long saveFromSystem(String organisationCode, SignalSource source, NewSignal signal);

    /**
     * A signal, when the caller may see it (see the class comment); empty when it does not exist or
     * the caller may not see it (the two are indistinguishable). Records the read (or the refusal).
     */
    Optional<SignalView> find(long id);

    /**
     * An organisation's signals, newest first, one page.
     *
     * @param offset how many to skip (0 for the first page)
     * @param limit  at most this many (1 to 100)
     * @throws org.springframework.security.access.AccessDeniedException when the caller may not read that organisation's signals
     */
    List<SignalView> ofOrganisation(String organisationCode, int offset, int limit);

    /**
     * Changes a signal's status (for the referral module: OPEN → REFERRED → CLOSED…), when
     * {@link SignalStatus#canChangeTo} allows it.
     *
     * @throws be.ariadne.shared.NotFoundException     when the caller may not see the signal
     * @throws be.ariadne.shared.RefusedException      rule {@code SIGNAL_STATUS_TRANSITION} when the change is not allowed
     * @throws be.ariadne.shared.StaleVersionException when someone else changed the status meanwhile
     */
    void changeStatus(long id, SignalStatus newStatus);
}
