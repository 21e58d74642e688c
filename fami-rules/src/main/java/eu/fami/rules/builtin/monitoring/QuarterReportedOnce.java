package eu.fami.rules.builtin.monitoring;

import eu.fami.model.ProgressReport;
import eu.fami.model.Quarter;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.RuleDefinition;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * FAMI-MON-001: a quarter is reported once; every later report of the same quarter is reported at
 * its {@code quarter}. Reports are appended, never replaced. Source: none (format rule).
 */
public final class QuarterReportedOnce implements ProjectRule {
  private static final RuleDefinition DEFINITION = Definitions.error(RuleIds.MON_001, "");

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(ProjectScope scope, Findings findings) {
    Set<Integer> seen = new HashSet<>();
    List<ProgressReport> reports = scope.getProject().getReports();
    for (int r = 0; r < reports.size(); r++) {
      Quarter q = reports.get(r).getQuarter();
      if (q != null && q.isValid() && !seen.add(q.index())) {
        findings.report(Reports.quarter(r), "quarter", q.value());
      }
    }
  }
}
