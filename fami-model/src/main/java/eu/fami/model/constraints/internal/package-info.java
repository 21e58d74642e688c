/**
 * Internals of {@link eu.fami.model.constraints}: the field predicates shared by the Jakarta
 * Validation constraint validators and by {@link eu.fami.model.constraints.FieldChecks}, and the
 * validators themselves. Not API: the types are public only because both packages use them.
 */
package eu.fami.model.constraints.internal;
