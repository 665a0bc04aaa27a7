/**
 * The audit trail: one append-only, hash-chained entry for every sign-in, every read and
 * change of personal data, every export and every permission change.
 */
package be.ariadne.audit;
