/**
 * The victim-status procedure (residence) of a case: Aliens Act art. 61/2–61/5, see
 * {@code shared/domain/law-and-procedure.md} §4 and {@code shared/contracts/procedure.md}.
 *
 * <p>Pure domain model: no Spring, no SQL, no clock. "Today" is always a parameter. The
 * procedure is event-sourced: {@link be.ariadne.protection.Procedure#record} decides one
 * event against a {@link be.ariadne.protection.ProcedureState}, and
 * {@link be.ariadne.protection.Procedure#replay} rebuilds the state from the recorded
 * history without recomputing any date, so a change of the duration rules
 * ({@code protection/durations.json}) only affects events recorded after it.
 */
package be.ariadne.protection;
