/**
 * Exchange of cases as HTCDS 2.0 CSV files (contract htcds-exchange). The codec and the generator
 * are pure Java (no Spring, no SQL, streaming); the import and export go through the case file's
 * bulk path {@code be.ariadne.casefile.CaseImport}: {@code HtcdsImport}, {@code HtcdsExport}, the
 * commands {@code import-htcds} / {@code export-htcds}, the API ({@code /api/v1/exports/htcds.csv},
 * {@code /api/v1/imports/htcds}), the screens ({@code /exchange/import}) and the demo cases. See
 * {@code docs/exchange.md}.
 *
 * <ul>
 * <li>{@link be.ariadne.exchange.HtcdsRecord}: one victim's case as exchanged, with Ariadne codes
 *     ({@link be.ariadne.exchange.Gender}, {@link be.ariadne.exchange.ExploitationForm},
 *     {@link be.ariadne.exchange.CaseStatus}, {@link be.ariadne.exchange.TraffickingStatus}) where
 *     the contract maps them, HTCDS value names elsewhere.</li>
 * <li>{@link be.ariadne.exchange.HtcdsCsvReader}: row by row, each row a record or every problem
 *     of the row ({@code line N: column: problem}); {@link be.ariadne.exchange.HtcdsRejectedRowsWriter}
 *     writes the rejected rows back out.</li>
 * <li>{@link be.ariadne.exchange.HtcdsCsvWriter}: records to CSV; what it writes reads back equal.</li>
 * <li>{@link be.ariadne.exchange.SyntheticCaseGenerator} and
 *     {@link be.ariadne.exchange.GenerateCommand}: reproducible synthetic cases.</li>
 * </ul>
 *
 * Data files: {@code exchange/htcds-vocabulary.json} (HTCDS value names, generated once from
 * fields-v2.csv), {@code exchange/iso-codes.json} (countries, languages),
 * {@code exchange/synthetic-distributions.json}; messages: {@code i18n/exchange*.properties}.
 */
package be.ariadne.exchange;
