/**
 * The application around the pure procedure model of {@code be.ariadne.protection}: persistence
 * ({@code V400__procedure.sql}), the contract's API, the RESIDENCE part of the case overview, the
 * deadlines dashboard, the Immigration Office's view, reminders (exactly once across instances) and
 * the contributions to the shared dashboard. Access always through the case file's {@code CaseGuard}.
 * See {@code docs/protection.md}.
 */
package be.ariadne.protection.app;
