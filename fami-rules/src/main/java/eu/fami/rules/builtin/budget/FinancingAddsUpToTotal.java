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
import java.math.BigDecimal;
import java.util.Optional;

/** FAMI-BUD-002: the financing sources add up exactly to {@code budget.total} (DESIGN.md section 3). */
public final class FinancingAddsUpToTotal implements ProjectRule {
  private static final RuleDefinition DEFINITION = Definitions.error(RuleIds.BUD_002, "");

  /** The rule. */
  public FinancingAddsUpToTotal() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(ProjectScope scope, Findings findings) {
    Project project = scope.getProject();
    Optional<BigDecimal> total = Money.total(project);
    if (project.getFinancing().isEmpty() || total.isEmpty()) {
      return;
    }
    Money.sum(project.getFinancing(), Financing::getAmount)
        .filter(sum -> sum.compareTo(total.get()) != 0)
        .ifPresent(sum -> findings.report("/financing",
            "sum", Format.amount(sum), "total", Format.amount(total.get())));
  }
}
