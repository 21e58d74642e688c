package eu.fami.rules.builtin.budget;

import eu.fami.model.Budget;
import eu.fami.model.CostMethod;
import eu.fami.model.catalogue.Sourced;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.builtin.Format;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.RuleDefinition;
import eu.fami.rules.spi.RuleDefinition.Requirement;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * FAMI-BUD-007 (CPR Art 53(2)): an operation whose total cost is at most the catalogue's threshold
 * (EUR 200,000.00 in 2021-2027; none in 2014-2020) takes simplified-cost forms, so {@code costMethod}
 * REAL_COSTS fails (exactly the threshold fails). The State-aid exception of Art 53(2) is not in
 * the model and is not considered.
 */
public final class SimplifiedCostsForSmallOperations implements ProjectRule {
  private static final RuleDefinition DEFINITION = Definitions.error(
      RuleIds.BUD_007, "Reg. (EU) 2021/1060, Art. 53(2)", Requirement.CATALOGUE);

  /** The rule. */
  public SimplifiedCostsForSmallOperations() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(ProjectScope scope, Findings findings) {
    Budget budget = scope.getProject().getBudget();
    if (budget == null || budget.getCostMethod() != CostMethod.REAL_COSTS) {
      return;
    }
    Optional<BigDecimal> threshold = scope.catalogue().realCostsThreshold().map(Sourced::value);
    Optional<BigDecimal> total = Money.total(scope.getProject());
    if (threshold.isPresent() && total.isPresent() && total.get().compareTo(threshold.get()) <= 0) {
      findings.report("/budget/costMethod",
          "total", Format.amount(total.get()), "threshold", Format.amount(threshold.get()));
    }
  }
}
