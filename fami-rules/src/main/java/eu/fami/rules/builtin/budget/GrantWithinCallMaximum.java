package eu.fami.rules.builtin.budget;

import eu.fami.model.Financing;
import eu.fami.model.Project;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.builtin.Format;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.RuleDefinition;
import eu.fami.rules.spi.RuleDefinition.Requirement;
import java.math.BigDecimal;
import java.util.List;

/**
 * FAMI-BUD-008: the grant ({@code EU_AMIF + NATIONAL_ROTATION_FUND}) is not above the call's
 * {@code maxGrant}. Reported at the amount of the grant's only financing entry, or at {@code
 * /financing} when the grant is made of several.
 */
public final class GrantWithinCallMaximum implements ProjectRule {
  private static final RuleDefinition DEFINITION =
      Definitions.error(RuleIds.BUD_008, "call", Requirement.CALL);

  /** The rule. */
  public GrantWithinCallMaximum() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(ProjectScope scope, Findings findings) {
    BigDecimal max = Money.judgeable(scope.getCall().orElseThrow().getMaxGrant());
    if (max == null) {
      return;
    }
    Project project = scope.getProject();
    Money.grant(project)
        .filter(grant -> grant.compareTo(max) > 0)
        .ifPresent(grant -> findings.report(pointer(project.getFinancing()),
            "grant", Format.amount(grant), "max", Format.amount(max)));
  }

  private static String pointer(List<Financing> financing) {
    int entry = -1;
    for (int i = 0; i < financing.size(); i++) {
      if (Money.isGrant(financing.get(i))) {
        if (entry >= 0) {
          return "/financing";
        }
        entry = i;
      }
    }
    return "/financing/" + entry + "/amount";
  }
}
