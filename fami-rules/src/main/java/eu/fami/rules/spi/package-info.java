/**
 * The extension point of the rule engine: a rule is a {@link eu.fami.rules.spi.RuleDefinition}
 * (stable id, group, severity, legal source, message bundle) plus a check over one scope (a project,
 * a call, a programme, or a whole dataset while its projects stream past). Rules report findings;
 * they never throw for bad input and never stop at the first problem.
 *
 * <p>To add a rule, implement {@link eu.fami.rules.spi.ProjectRule} (or another rule interface),
 * give it a definition with your own id and bundle, and register it with the validator's builder:
 *
 * <pre>{@code
 * ProjectRule lombardyStaff = new ProjectRule() {
 *   public RuleDefinition definition() {
 *     return RuleDefinition.builder().id("LOM-001").group("LOM").severity(Severity.ERROR)
 *         .source("Avviso Regione Lombardia 2025, art. 7").messageBundle("com.example.messages").build();
 *   }
 *   public void check(ProjectScope scope, Findings findings) {
 *     if (scope.project().getPartners().size() > 10) {
 *       findings.report("/partners", "count", String.valueOf(scope.project().getPartners().size()));
 *     }
 *   }
 * };
 * }</pre>
 */
@FamiStyle
package eu.fami.rules.spi;

import eu.fami.model.FamiStyle;
