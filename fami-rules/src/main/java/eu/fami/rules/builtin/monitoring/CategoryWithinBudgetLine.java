package eu.fami.rules.builtin.monitoring;

import eu.fami.model.Amount;
import eu.fami.model.Budget;
import eu.fami.model.BudgetLine;
import eu.fami.model.Project;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.builtin.Format;
import eu.fami.rules.builtin.Spending;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.RuleDefinition;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * FAMI-MON-005 (warning): cumulative expenditure of a partner in a cost category (all reports,
 * corrections included) exceeds its budget line by no more than {@link
 * eu.fami.rules.spi.RuleParameters#getCategoryOverrunTolerance()} of the line (10%: exactly 110%
 * passes). Reported once per partner and category, at the {@code amount} of the entry after which
 * the sum went above and stayed there, with the final sum. Several lines of one partner and
 * category count as one; a category with no line is FAMI-MON-008's. Source: national practice.
 */
public final class CategoryWithinBudgetLine implements ProjectRule {
  private static final RuleDefinition DEFINITION =
      Definitions.warning(RuleIds.MON_005, "national practice");

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(ProjectScope scope, Findings findings) {
    Project p = scope.getProject();
    Map<PartnerCategory, BigDecimal> lines = lines(p.getBudget());
    BigDecimal tolerance = scope.getParameters().getCategoryOverrunTolerance();
    BigDecimal factor = BigDecimal.ONE.add(tolerance);
    Map<PartnerCategory, RunningTotal> spent = new LinkedHashMap<>();
    Reports.forEachEntry(p, (r, e, report, entry) -> {
      PartnerCategory key = PartnerCategory.of(entry);
      BigDecimal amount = Spending.amountOf(entry);
      BigDecimal line = key == null ? null : lines.get(key);
      if (line != null && amount != null) {
        spent.computeIfAbsent(key, k -> new RunningTotal(line.multiply(factor))).add(amount, r, e);
      }
    });
    spent.forEach((key, total) -> {
      if (total.isAbove()) {
        findings.report(total.crossing("amount"),
            "partner", key.partner(),
            "category", key.category().name(),
            "spent", Amount.of(total.sum()).toString(),
            "budget", Amount.of(lines.get(key)).toString(),
            "tolerance", Format.percent(tolerance));
      }
    });
  }

  /** The planned amount per partner and category; a key with an invalid amount is left out. */
  private static Map<PartnerCategory, BigDecimal> lines(Budget budget) {
    Map<PartnerCategory, BigDecimal> lines = new HashMap<>();
    if (budget == null) {
      return lines;
    }
    Set<PartnerCategory> invalid = new HashSet<>();
    for (BudgetLine line : budget.getLines()) {
      PartnerCategory key = PartnerCategory.of(line);
      if (key == null) {
        continue;
      }
      Amount a = line.getAmount();
      if (a == null || !a.isValid()) {
        invalid.add(key);
      } else {
        lines.merge(key, a.value(), BigDecimal::add);
      }
    }
    lines.keySet().removeAll(invalid);
    return lines;
  }
}
