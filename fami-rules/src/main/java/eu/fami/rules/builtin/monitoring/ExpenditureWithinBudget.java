package eu.fami.rules.builtin.monitoring;

import eu.fami.model.Amount;
import eu.fami.model.Budget;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.builtin.Spending;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.RuleDefinition;
import java.math.BigDecimal;

/**
 * FAMI-MON-004: cumulative expenditure of all reports, corrections included, is not above {@code
 * budget.total}. Reported once, at the {@code amount} of the entry after which the sum went above
 * the total and stayed there, with the final cumulative sum. Source: none (monitoring rule).
 */
public final class ExpenditureWithinBudget implements ProjectRule {
  private static final RuleDefinition DEFINITION = Definitions.error(RuleIds.MON_004, "");

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(ProjectScope scope, Findings findings) {
    Budget budget = scope.getProject().getBudget();
    Amount total = budget == null ? null : budget.getTotal();
    if (total == null || !total.isValid()) {
      return;
    }
    RunningTotal spent = new RunningTotal(total.value());
    Reports.forEachEntry(scope.getProject(), (r, e, report, entry) -> {
      BigDecimal amount = Spending.amountOf(entry);
      if (amount != null) {
        spent.add(amount, r, e);
      }
    });
    if (spent.isAbove()) {
      findings.report(spent.crossing("amount"), "spent", Amount.of(spent.sum()).toString(),
          "total", total.toString());
    }
  }
}
