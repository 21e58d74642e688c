/**
 * The report vocabulary shared by every module: a {@link eu.fami.model.report.Violation} is data
 * (rule id, severity, location, named arguments, source); its message is rendered late, per locale.
 */
@FamiStyle
package eu.fami.model.report;

import eu.fami.model.FamiStyle;
