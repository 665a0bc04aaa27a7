/**
 * The victim's case file, shared between agencies on a need-to-know basis.
 *
 * <p>Public API (other modules may use these, nothing else):
 * <ul>
 *   <li>{@link be.ariadne.casefile.CaseGuard}: THE enforcement point; every screen, API call, search,
 *       export and document download of any module asks it;</li>
 *   <li>{@link be.ariadne.casefile.CaseFiles}: open and find cases;</li>
 *   <li>{@link be.ariadne.casefile.CompartmentPart}: SPI to contribute a compartment's data (e.g. RESIDENCE);</li>
 *   <li>events {@link be.ariadne.casefile.CaseOpened} and {@link be.ariadne.casefile.CaseFactsChanged}
 *       ({@link be.ariadne.casefile.CaseFacts});</li>
 *   <li>{@link be.ariadne.casefile.CodeLists}: code lists with their HTCDS values and labels;</li>
 *   <li>value types {@link be.ariadne.casefile.CaseRef}, {@link be.ariadne.casefile.NewCase},
 *       {@link be.ariadne.casefile.Assessment} and the enums {@link be.ariadne.casefile.Compartment},
 *       {@link be.ariadne.casefile.Access}, {@link be.ariadne.casefile.Stage}, {@link be.ariadne.casefile.Gender},
 *       {@link be.ariadne.casefile.ExploitationForm}, {@link be.ariadne.casefile.TraffickingStatus},
 *       {@link be.ariadne.casefile.CaseStatus}.</li>
 * </ul>
 * Data files: {@code src/main/resources/casefile/} (the policy {@code need-to-know.csv} and the code
 * lists). Migrations V200–V299. See {@code docs/casefile.md} and {@code docs/htcds-mapping.md}.
 */
package be.ariadne.casefile;
