/**
 * The typed model of the {@code fami/1} format: programmes, calls, projects, monitoring reports and
 * datasets as immutable values with builders, plus identifier and amount wrappers ({@link
 * eu.fami.model.Cup}, {@link eu.fami.model.TaxCode}, {@link eu.fami.model.Place}, {@link
 * eu.fami.model.Quarter}, {@link eu.fami.model.Amount}, {@link eu.fami.model.Rate}).
 *
 * <p>The model holds what was submitted, invalid values included: builders never throw for a value
 * a user can get wrong; validation reports it.
 */
@FamiStyle
package eu.fami.model;
