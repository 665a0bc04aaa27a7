/**
 * Data protection: subject access (everything held on one person, as JSON and PDF, for the data
 * protection officer, audited), retention rules per compartment (data: {@code privacy/retention.json}),
 * legal holds, the scheduled erasure of cases past retention (dry-run report; safe with several
 * instances; resumable) and the backup procedure (docs/backup.md).
 *
 * <p>Public API: the event {@link be.ariadne.privacy.CaseCompartmentsErased}, published inside the
 * erasure's transaction, so that a module keeping personal data of a compartment elsewhere (e.g.
 * the residence procedure) erases it in the same transaction with a synchronous listener.
 * Migrations V600–V699. See {@code docs/privacy.md}.
 */
package be.ariadne.privacy;
