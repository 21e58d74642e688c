/**
 * The reference rules (FAMI-REF-*): what a dataset's calls and projects refer to must be in the
 * dataset. The list is {@link eu.fami.rules.builtin.reference.ReferenceRules#rules()}.
 */
package eu.fami.rules.builtin.reference;
