package eu.fami.rules.builtin.monitoring;

import eu.fami.model.ProgressReport;
import eu.fami.model.Quarter;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.RuleDefinition;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * FAMI-MON-002 (warning): no quarter is missing between two reported quarters. Quarters before the
 * first report are not counted. One finding per gap, at the {@code quarter} of the report after
 * the gap, naming the first missing quarter. Source: the managing authority's quarterly monitoring.
 */
public final class NoQuarterMissing implements ProjectRule {
  private static final RuleDefinition DEFINITION =
      Definitions.warning(RuleIds.MON_002, "AdG FAMI, monitoraggio trimestrale");

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(ProjectScope scope, Findings findings) {
    List<ProgressReport> reports = scope.getProject().getReports();
    // quarter index -> position of the first report of that quarter
    TreeMap<Integer, Integer> reported = new TreeMap<>();
    for (int r = 0; r < reports.size(); r++) {
      Quarter q = reports.get(r).getQuarter();
      if (q != null && q.isValid()) {
        reported.putIfAbsent(q.index(), r);
      }
    }
    Map.Entry<Integer, Integer> previous = null;
    for (Map.Entry<Integer, Integer> next : reported.entrySet()) {
      if (previous != null && next.getKey() - previous.getKey() > 1) {
        int missing = previous.getKey() + 1;
        findings.report(
            Reports.quarter(next.getValue()),
            "missing", Quarter.of(missing / 4, missing % 4 + 1).value(),
            "previous", reports.get(previous.getValue()).getQuarter().value(),
            "next", reports.get(next.getValue()).getQuarter().value());
      }
      previous = next;
    }
  }
}
