/**
 * The statistics application around the pure model of {@code be.ariadne.statistics}: the facts
 * table kept up to date from the case file's {@code CaseFactsChanged} events, the SQL counts, the
 * API {@code GET /api/v1/statistics/victims}, the dashboard {@code /statistics}, the Eurostat
 * table and the {@code bench statistics} command. Everything here is internal to the module.
 */
package be.ariadne.statistics.app;
