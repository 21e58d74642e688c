package eu.fami.rules.builtin.reference;

import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.RuleDefinition;

/**
 * FAMI-REF-001: a project in a dataset names a call that the dataset holds. Outside a dataset a
 * project's call is only context (the call rules are skipped without it); a report document whose
 * project the context does not hold is reported by the engine (variant {@code project}).
 */
public final class CallInDataset implements ProjectRule {
  private static final RuleDefinition DEFINITION = Definitions.error(RuleIds.REF_001, "");

  /** The rule. */
  public CallInDataset() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(ProjectScope scope, Findings findings) {
    String call = scope.getProject().getCall();
    if (scope.isInDataset() && call != null && scope.getCall().isEmpty()) {
      findings.report("/call", "call", call);
    }
  }
}
