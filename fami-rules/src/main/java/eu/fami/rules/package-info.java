/**
 * Validation of {@code fami/1} documents: the {@link eu.fami.rules.Fami} facade (read, field
 * checks, rules, report), the built-in rule set, reports and their renderings, and messages in
 * Italian and English.
 */
@FamiStyle
package eu.fami.rules;

import eu.fami.model.FamiStyle;
