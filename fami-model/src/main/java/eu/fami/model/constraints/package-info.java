/**
 * The FAMI-FMT-* field checks, twice over one logic: Jakarta Validation constraints declared on the
 * model (so that a portal's own {@code jakarta.validation.Validator} reports them, each carrying
 * its rule id in {@code rule()}), and {@link eu.fami.model.constraints.FieldChecks}, which
 * evaluates the same predicates directly on the hot path and reports {@link
 * eu.fami.model.report.Violation}s.
 *
 * <table>
 *   <caption>Constraints</caption>
 *   <tr><th>constraint<th>rule<th>declared on
 *   <tr><td>{@link eu.fami.model.constraints.Required}<td>FAMI-FMT-001<td>required values (below)
 *   <tr><td>{@link eu.fami.model.constraints.ValidCup}<td>FAMI-FMT-002<td>Project.cup
 *   <tr><td>{@link eu.fami.model.constraints.ValidPartnerId}<td>FAMI-FMT-003<td>Partner
 *   <tr><td>{@link eu.fami.model.constraints.ValidAmount}<td>FAMI-FMT-004<td>every amount
 *   <tr><td>{@link eu.fami.model.constraints.CorrectionSign}<td>FAMI-FMT-004<td>Expenditure
 *   <tr><td>{@link eu.fami.model.constraints.ValidRate}<td>FAMI-FMT-004<td>every rate or share
 *   <tr><td>{@link eu.fami.model.constraints.ValidCount}<td>FAMI-FMT-004<td>indicator targets,
 *       values and breakdowns, Call.maxDurationMonths
 *   <tr><td>{@link eu.fami.model.constraints.DateOrder}<td>FAMI-FMT-005<td>Project, Call,
 *       ProjectWindow
 *   <tr><td>{@link eu.fami.model.constraints.ValidPlace}<td>FAMI-FMT-006<td>Project.territory
 *       entries, Partner.region
 *   <tr><td>{@link eu.fami.model.constraints.ValidQuarter}<td>FAMI-FMT-007<td>
 *       ProgressReport.quarter
 *   <tr><td>{@link eu.fami.model.constraints.UniqueEntries}<td>FAMI-FMT-008<td>lists that are sets
 * </table>
 *
 * <p>Required (FAMI-FMT-001): programme {@code code}, {@code period}, {@code allocations}; call
 * {@code code}, {@code title}, {@code classification}, {@code opens}, {@code closes}, {@code
 * allocation}; project {@code code}, {@code title}, {@code classification}, {@code start}, {@code
 * end}, {@code territory}, {@code partners}, {@code budget}, {@code financing}; a classification's
 * {@code specificObjective}; a budget's {@code lines} and {@code total}; a dataset's {@code
 * programme}; inside entries: partner {@code id}, {@code legalForm}, {@code role}; budget line
 * {@code partner}, {@code category}, {@code amount}; indirect costs {@code method}; financing
 * {@code source}, {@code amount}; allocation {@code specificObjective}, {@code amount}; indicator
 * target {@code id}, {@code target}; report {@code quarter}; expenditure {@code partner}, {@code
 * category}, {@code amount}, {@code document}, {@code date}; indicator value {@code id}, {@code
 * total}; gender breakdown {@code female}, {@code male}; age breakdown {@code under18}, {@code
 * from18to60}, {@code over60}. A call's or project's {@code period} and {@code programme} are
 * required only outside a dataset, which a constraint cannot know: they carry no constraint, and
 * {@code FieldChecks} checks them when told that the document stands alone.
 *
 * <p>Sets (FAMI-FMT-008): partner ids, indicator target ids, indicator ids within one report,
 * target groups, territory, national actions, a project's call actions, a call's actions, eligible
 * lead and partner forms, allocation objectives, call codes in a dataset.
 *
 * <p>Messages are in {@code ContributorValidationMessages} (English) and {@code
 * ContributorValidationMessages_it} (Italian), keyed {@code
 * eu.fami.model.constraints.Name.message}, without expression language. {@link
 * eu.fami.model.constraints.ViolationPaths} turns a violation's property path into the report's
 * JSON pointer.
 */
package eu.fami.model.constraints;
