/**
 * Organisations, users and roles; sign-in to the screens (form and session) and to the API
 * (bearer tokens); account lock-out; security headers. Its public API: {@link be.ariadne.access.Role},
 * {@link be.ariadne.access.OrganisationType}, {@link be.ariadne.access.AriadneUser},
 * {@link be.ariadne.access.CurrentUser}, {@link be.ariadne.access.Organisations} and
 * {@link be.ariadne.access.Accounts}.
 */
package be.ariadne.access;
