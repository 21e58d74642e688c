package eu.fami.rules.builtin.monitoring;

import eu.fami.rules.spi.Rule;
import java.util.List;

/** The monitoring rules FAMI-MON-001..008, in catalogue order. */
public final class MonitoringRules {
  private MonitoringRules() {}

  /** One instance of each monitoring rule, in id order. */
  public static List<Rule> rules() {
    return List.of(
        new QuarterReportedOnce(),
        new NoQuarterMissing(),
        new ReportedDatesWithinProject(),
        new ExpenditureWithinBudget(),
        new CategoryWithinBudgetLine(),
        new IndicatorDeclared(),
        new BreakdownAddsUp(),
        new ExpenditureHasBudgetLine());
  }
}
