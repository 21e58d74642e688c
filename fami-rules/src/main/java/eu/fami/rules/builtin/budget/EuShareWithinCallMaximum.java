package eu.fami.rules.builtin.budget;

import eu.fami.model.Rate;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.builtin.Format;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.RuleDefinition;
import eu.fami.rules.spi.RuleDefinition.Requirement;
import java.math.BigDecimal;

/**
 * FAMI-BUD-005: the EU share is not above the call's {@code maxEuShare}, compared exactly. A call
 * without one, or with one outside 0..1 (FAMI-FMT-004), sets no limit here.
 */
public final class EuShareWithinCallMaximum implements ProjectRule {
  private static final RuleDefinition DEFINITION =
      Definitions.error(RuleIds.BUD_005, "call", Requirement.CALL);

  /** The rule. */
  public EuShareWithinCallMaximum() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(ProjectScope scope, Findings findings) {
    Rate max = scope.getCall().orElseThrow().getMaxEuShare();
    if (max == null || !max.isValid()) {
      return;
    }
    BigDecimal cap = max.value();
    EuShare.of(scope.getProject())
        .filter(share -> share.exceeds(cap))
        .ifPresent(share -> findings.report(share.pointer(),
            "share", share.percent(cap), "cap", Format.percent(cap)));
  }
}
