/**
 * Referral of a presumed victim from a screening signal to a specialised centre, and the centre's
 * intake (accept, decline, redirect). Owns the directory of centres (data file
 * {@code referral/centres.json}, loaded on first start, edited by administrators) and the routing
 * that suggests a centre from the place's postal code and the person's profile. Migrations
 * V300–V399. Nothing here is public API: other modules see it only through the beans it contributes
 * ({@link be.ariadne.screening.CentreDirectory}, {@link be.ariadne.shared.dashboard.FunnelStep},
 * navigation items and home sections). See {@code docs/referral.md}.
 */
package be.ariadne.referral;
