/**
 * Jakarta Bean Validation integration: {@link eu.fami.rules.beanvalidation.ValidFamiProject} lets a
 * portal that validates request bodies with {@code @Valid} get the full rule set through its own
 * {@code jakarta.validation.Validator}. Requires Hibernate Validator (for the dynamic payload that
 * carries each {@link eu.fami.model.report.Violation}).
 */
package eu.fami.rules.beanvalidation;
