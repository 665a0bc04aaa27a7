/**
 * Statistics on victims with disclosure control (contract {@code contracts/statistics.md}).
 *
 * <p>Public API: {@link be.ariadne.statistics.CaseClassifier} places a case
 * ({@link be.ariadne.statistics.CaseFacts}) in the dimensions
 * ({@link be.ariadne.statistics.Dimension}); the database layer groups and counts and hands the
 * aggregated counts to {@link be.ariadne.statistics.CountTable}; {@link
 * be.ariadne.statistics.DisclosureControl} turns the table into a {@link
 * be.ariadne.statistics.PublishedTable}. Everything here is plain Java, free of Spring and SQL.
 * Errors in the input are {@link be.ariadne.statistics.InvalidStatisticsInputException}s naming
 * the field, with a message key of the {@code i18n/statistics} bundles.
 */
package be.ariadne.statistics;
