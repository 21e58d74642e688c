package eu.fami.rules.builtin.budget;

import eu.fami.model.Budget;
import eu.fami.model.BudgetLine;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.builtin.Format;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.RuleDefinition;
import java.math.BigDecimal;
import java.util.Optional;

/** FAMI-BUD-001: the budget lines add up exactly to {@code budget.total} (DESIGN.md section 3). */
public final class LinesAddUpToTotal implements ProjectRule {
  private static final RuleDefinition DEFINITION = Definitions.error(RuleIds.BUD_001, "");

  /** The rule. */
  public LinesAddUpToTotal() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(ProjectScope scope, Findings findings) {
    Budget budget = scope.getProject().getBudget();
    Optional<BigDecimal> total = Money.total(scope.getProject());
    if (budget == null || budget.getLines().isEmpty() || total.isEmpty()) {
      return;
    }
    Money.sum(budget.getLines(), BudgetLine::getAmount)
        .filter(sum -> sum.compareTo(total.get()) != 0)
        .ifPresent(sum -> findings.report("/budget/total",
            "sum", Format.amount(sum), "total", Format.amount(total.get())));
  }
}
